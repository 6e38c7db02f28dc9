import type { DocumentHeader } from '@van-kien/schema';
import { useCallback } from 'react';
import { type ApiData, useApiData } from '../../api/useApiData.js';
import { getHeaderDefaults } from './exportApi.js';

/** The header defaults of `documentId`, loaded once. */
export function useHeaderDefaults(documentId: string): ApiData<DocumentHeader> {
  const load = useCallback((signal: AbortSignal) => getHeaderDefaults(documentId, signal), [documentId]);
  return useApiData(load).state;
}

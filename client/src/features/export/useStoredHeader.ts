import { DOCUMENT_HEADER_MAP, type DocumentHeader, readStoredHeader } from '@van-kien/schema';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.js';

function listenToHeader(doc: Y.Doc, changed: () => void): () => void {
  const map = doc.getMap(DOCUMENT_HEADER_MAP);
  map.observe(changed);
  return () => map.unobserve(changed);
}

/** The header fields people set in `doc`, as typed; follows every change, by anyone. */
export function useStoredHeader(doc: Y.Doc): Partial<DocumentHeader> {
  return useDocSnapshot(doc, listenToHeader, readStoredHeader);
}

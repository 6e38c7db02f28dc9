import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.js';
import type { DocumentRecord } from './DocumentRecord.js';
import { getDocument } from './documentsApi.js';

/** A document's record as the editor page needs it. */
export type DocumentRecordState =
  | { status: 'loading' }
  | { status: 'found'; record: DocumentRecord }
  | { status: 'not-found' }
  | { status: 'error'; message: string };

/** Loads the record of `documentId`; `setRecord` takes a newer one (renamed, or with another role). */
export function useDocumentRecord(documentId: string): {
  state: DocumentRecordState;
  setRecord(record: DocumentRecord): void;
} {
  const [state, setState] = useState<DocumentRecordState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getDocument(documentId, controller.signal).then(
      (record) => setState({ status: 'found', record }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.isNotFound) setState({ status: 'not-found' });
        else setState({ status: 'error', message: error instanceof ApiError ? error.message : 'Không tải được văn bản' });
      },
    );
    return () => controller.abort();
  }, [documentId]);

  const setRecord = useCallback((record: DocumentRecord) => setState({ status: 'found', record }), []);
  return { state, setRecord };
}

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.js';
import type { DocumentRecord } from './DocumentRecord.js';
import { listDocuments } from './documentsApi.js';

/** The document list as the page shows it. */
export type DocumentListState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentRecord[] }
  | { status: 'error'; message: string };

/** Loads the document list and keeps it in step with renames made on the page. */
export function useDocumentList(): {
  state: DocumentListState;
  reload(): void;
  /** Puts a document as the server returned it in the list, most recently active first. */
  replace(record: DocumentRecord): void;
} {
  const [state, setState] = useState<DocumentListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    listDocuments(controller.signal).then(
      (documents) => setState({ status: 'ready', documents }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof ApiError ? error.message : 'Không tải được danh sách văn bản' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((record: DocumentRecord) => {
    setState((current) => {
      if (current.status !== 'ready') return current;
      const documents = current.documents.map((doc) => (doc.id === record.id ? record : doc));
      documents.sort((a, b) => b.updatedAt - a.updatedAt);
      return { status: 'ready', documents };
    });
  }, []);

  return { state, reload, replace };
}

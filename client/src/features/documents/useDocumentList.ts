import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';
import { listDocuments } from '../../domain/documents/documentsApi.js';
import type { DocumentDraft, LocalStore } from '../../localStore/LocalStore.js';
import { useLocalStore } from '../../localStore/useLocalStore.js';

/** The document list as the page shows it. */
export type DocumentListState =
  | { status: 'loading' }
  | {
      status: 'ready';
      documents: DocumentRecord[];
      /** Documents made on this device that the server has not registered, by id. */
      drafts: ReadonlyMap<string, DocumentDraft>;
      /** The server was out of reach: this is the list as kept on this device. */
      fromDevice: boolean;
    }
  | { status: 'error'; message: string };

type Ready = Extract<DocumentListState, { status: 'ready' }>;

/**
 * Loads the document list (offline: the one kept on this device), with the documents made here and
 * not registered yet; asks again when the browser comes back online, and keeps the list in step
 * with renames made on the page.
 */
export function useDocumentList(): {
  state: DocumentListState;
  reload(): void;
  /** Puts a document as the server returned it in the list, most recently active first. */
  replace(record: DocumentRecord): void;
} {
  const store = useLocalStore();
  const [state, setState] = useState<DocumentListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: reload() bumps it to load the list again
  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    loadList(store, controller.signal).then(
      (ready) => {
        if (!controller.signal.aborted) setState(ready);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof ApiError ? error.message : 'Không tải được danh sách văn bản' });
      },
    );
    return () => controller.abort();
  }, [store, attempt]);

  useEffect(() => {
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [reload]);

  const replace = useCallback((record: DocumentRecord) => {
    setState((current) => {
      if (current.status !== 'ready') return current;
      return { ...current, documents: sortedByActivity(current.documents.map((doc) => (doc.id === record.id ? record : doc))) };
    });
  }, []);

  return { state, reload, replace };
}

async function loadList(store: LocalStore | undefined, signal: AbortSignal): Promise<Ready> {
  let documents: DocumentRecord[];
  let fromDevice = false;
  try {
    documents = await listDocuments(signal);
    // Kept for opening offline; a failure to keep it only means that will not work.
    await store?.saveDocumentList(documents).catch(() => undefined);
  } catch (error) {
    if (!store || !(error instanceof ApiError && error.isUnreachable)) throw error;
    documents = await store.records();
    fromDevice = true;
  }
  const drafts = new Map((store ? await store.drafts() : []).map((draft) => [draft.id, draft]));
  const listed = new Set(documents.map((document) => document.id));
  for (const id of drafts.keys()) {
    const record = listed.has(id) ? undefined : await store?.record(id);
    if (record) documents.push(record);
  }
  return { status: 'ready', documents: sortedByActivity(documents), drafts, fromDevice };
}

function sortedByActivity(documents: DocumentRecord[]): DocumentRecord[] {
  return documents.sort((a, b) => b.updatedAt - a.updatedAt);
}

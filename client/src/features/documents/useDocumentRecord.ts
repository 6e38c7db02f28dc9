import { useCallback, useEffect, useState } from 'react';
import { ApiError, messageOf } from '../../api/ApiError.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';
import { getDocument } from '../../domain/documents/documentsApi.js';
import type { LocalStore } from '../../localStore/LocalStore.js';
import { registerDraft, type UnregisteredDraft } from '../../localStore/registerDraft.js';
import { useLocalStore } from '../../localStore/useLocalStore.js';

/** A document's record as the editor page needs it. */
export type DocumentRecordState =
  | { status: 'loading' }
  /** `fromDevice`: the server was out of reach, the record is the one kept here. */
  | { status: 'found'; record: DocumentRecord; fromDevice: boolean; draft?: UnregisteredDraft }
  | { status: 'not-found' }
  | { status: 'error'; message: string };

/**
 * Loads the record of `documentId`: from the server, else (offline) as kept on this device; a
 * document made here is first registered with the server. Asks again when the browser comes back
 * online while the record came from the device, keeping the page as it is meanwhile.
 * `setRecord` takes a newer one (renamed, or with another role).
 */
export function useDocumentRecord(documentId: string): {
  state: DocumentRecordState;
  setRecord(record: DocumentRecord): void;
} {
  const store = useLocalStore();
  const [state, setState] = useState<DocumentRecordState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const fromDevice = state.status === 'found' && state.fromDevice && state.draft?.refusal === undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `documentId` is the trigger: another document shows as loading until its own record arrives
  useEffect(() => {
    setState({ status: 'loading' });
  }, [documentId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: coming back online bumps it to ask the server again
  useEffect(() => {
    const controller = new AbortController();
    loadRecord(store, documentId, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setState(found);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.isNotFound) setState({ status: 'not-found' });
        else setState({ status: 'error', message: error instanceof ApiError ? error.message : 'Không tải được văn bản' });
      },
    );
    return () => controller.abort();
  }, [store, documentId, attempt]);

  useEffect(() => {
    if (!fromDevice) return;
    const askAgain = () => setAttempt((n) => n + 1);
    window.addEventListener('online', askAgain);
    return () => window.removeEventListener('online', askAgain);
  }, [fromDevice]);

  const setRecord = useCallback((record: DocumentRecord) => setState({ status: 'found', record, fromDevice: false }), []);
  return { state, setRecord };
}

type Found = Extract<DocumentRecordState, { status: 'found' }>;

async function loadRecord(store: LocalStore | undefined, documentId: string, signal: AbortSignal): Promise<Found> {
  const draft = await store?.draft(documentId);
  const kept = await store?.record(documentId);
  if (store && draft && kept) {
    const registration = draft.refusal === undefined ? await registerDraft(store, draft) : undefined;
    if (registration?.status === 'registered') return { status: 'found', record: registration.record, fromDevice: false };
    const refusal = registration?.status === 'refused' ? messageOf(registration.error) : draft.refusal;
    return { status: 'found', record: kept, fromDevice: true, draft: { refusal } };
  }
  try {
    const record = await getDocument(documentId, signal);
    // Kept for opening offline; a failure to keep it only means that will not work.
    await store?.saveRecord(record).catch(() => undefined);
    return { status: 'found', record, fromDevice: false };
  } catch (error) {
    if (kept && error instanceof ApiError && error.isUnreachable) return { status: 'found', record: kept, fromDevice: true };
    throw error;
  }
}

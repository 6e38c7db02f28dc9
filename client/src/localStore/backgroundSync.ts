import type { DocumentSync } from '../sync/DocumentSync.js';
import { isFinalConnection } from '../sync/SyncState.js';
import type { LocalStore } from './LocalStore.js';
import { registerDraft } from './registerDraft.js';

/**
 * While the app is open, sends what this device holds and the server lacks, by itself: documents
 * made offline, and changes kept here of documents not open in this tab. It goes through them when
 * the app starts and whenever the browser comes back online; a document it cannot reach now waits
 * for the next time. Returns the function that stops it.
 */
export function startBackgroundSync(store: LocalStore): () => void {
  const stop = new AbortController();
  let running: Promise<void> | undefined;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await sendWhatTheServerLacks(store, stop.signal);
      } while (again && !stop.signal.aborted);
    })().finally(() => (running = undefined));
  };
  window.addEventListener('online', run, { signal: stop.signal });
  run();
  return () => stop.abort();
}

async function sendWhatTheServerLacks(store: LocalStore, stopped: AbortSignal): Promise<void> {
  if (!navigator.onLine) return;
  for (const draft of await store.drafts()) {
    if (stopped.aborted) return;
    if (draft.refusal === undefined) await registerDraft(store, draft);
  }
  const unregistered = new Set((await store.drafts()).map((draft) => draft.id));
  const unsynced = (await store.unsyncedDocuments()).filter(({ documentId }) => !unregistered.has(documentId));
  if (unsynced.length === 0) return;
  // The sync code (Yjs, the provider) is loaded with the editor, not with the app's first page.
  const { DocumentSync } = await import('../sync/DocumentSync.js');
  for (const { documentId } of unsynced) {
    if (stopped.aborted) return;
    // An open page sends its own changes.
    if (DocumentSync.isOpen(documentId)) continue;
    const sync = new DocumentSync(documentId, { persistence: store.persistenceOf(documentId) });
    await settled(sync, stopped);
    sync.destroy();
  }
}

/** Resolves once the server stored the document's changes, or this attempt is over for now. */
function settled(sync: DocumentSync, stopped: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const { connection, saved, gaveUp } = sync.getState();
      const done = (connection === 'connected' && saved) || connection === 'disconnected' || isFinalConnection(connection) || gaveUp;
      if (done || stopped.aborted) resolve();
    };
    sync.subscribe(check);
    stopped.addEventListener('abort', check);
    check();
  });
}

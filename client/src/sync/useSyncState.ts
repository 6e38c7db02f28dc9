import { useSyncExternalStore } from 'react';
import type { DocumentSync } from './DocumentSync.js';
import type { SyncState } from './SyncState.js';

/** The live sync state of `sync`; re-renders only when it changes. */
export function useSyncState(sync: DocumentSync): SyncState {
  return useSyncExternalStore(sync.subscribe, sync.getState);
}

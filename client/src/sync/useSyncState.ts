import { useSyncExternalStore } from 'react';
import type { DocumentSync } from './DocumentSync.js';
import type { SyncState } from './SyncState.js';

/** The live sync state of `sync`; re-renders whenever any of it changes. */
export function useSyncState(sync: DocumentSync): SyncState {
  return useSyncExternalStore(sync.subscribe, sync.getState);
}

/**
 * One plain value read from the live sync state of `sync`; re-renders only when that value
 * changes. The state changes with every keystroke (saving, saved), so a component that does not
 * show it reads only what it needs.
 */
export function useSyncStateValue<T extends string | number | boolean>(sync: DocumentSync, select: (state: SyncState) => T): T {
  return useSyncExternalStore(sync.subscribe, () => select(sync.getState()));
}

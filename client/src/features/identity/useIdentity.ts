import { useSyncExternalStore } from 'react';
import type { Identity } from './Identity.js';
import { identityStore } from './identityStore.js';

/** The user's current name and caret colour; re-renders when either changes. */
export function useIdentity(): Identity {
  return useSyncExternalStore(identityStore.subscribe, identityStore.get);
}

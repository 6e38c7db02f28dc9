import { useContext } from 'react';
import type { LocalStore } from './LocalStore.js';
import { LocalStoreContext } from './LocalStoreContext.js';

/** What the signed-in person keeps on this device; undefined where the browser cannot keep anything. */
export function useLocalStore(): LocalStore | undefined {
  return useContext(LocalStoreContext);
}

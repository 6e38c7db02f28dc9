import { useSyncExternalStore } from 'react';
import { useAccount } from '../../session/useSession.js';
import { caretColorStore } from './caretColorStore.js';
import { caretName, type Identity } from './Identity.js';

/** The local caret colour; re-renders when it changes. */
export function useCaretColor(): string {
  return useSyncExternalStore(caretColorStore.subscribe, caretColorStore.get);
}

/** The signed-in person's caret: their account's display name and this browser's colour. */
export function useIdentity(): Identity {
  const { displayName } = useAccount();
  return { name: caretName(displayName), color: useCaretColor() };
}

import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value computed from `doc`, computed again only after `listen` reported a change, so that
 * React gets the same object between changes. `listen` and `compute` must be stable (module
 * functions): `listen` subscribes `changed` and returns the unsubscribe function.
 */
export function useDocSnapshot<T>(doc: Y.Doc, listen: (doc: Y.Doc, changed: () => void) => () => void, compute: (doc: Y.Doc) => T): T {
  const snapshot = useRef<{ doc: Y.Doc; value: T } | undefined>(undefined);
  const subscribe = useCallback(
    (changed: () => void) =>
      listen(doc, () => {
        snapshot.current = undefined;
        changed();
      }),
    [doc, listen],
  );
  const read = useCallback(() => {
    if (snapshot.current?.doc !== doc) snapshot.current = { doc, value: compute(doc) };
    return snapshot.current.value;
  }, [doc, compute]);
  return useSyncExternalStore(subscribe, read);
}

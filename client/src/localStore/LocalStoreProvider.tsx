import { type ReactNode, useEffect, useState } from 'react';
import { startBackgroundSync } from './backgroundSync.js';
import { LocalStore } from './LocalStore.js';
import { LocalStoreContext } from './LocalStoreContext.js';

/**
 * Opens the signed-in person's store on this device before the pages that use it render, and
 * keeps sending what it holds to the server in the background. Where the browser has no
 * IndexedDB, the pages work as before, online only.
 */
export function LocalStoreProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [opened, setOpened] = useState<{ userId: string; store: LocalStore | undefined }>();

  useEffect(() => {
    let stopSync: (() => void) | undefined;
    let cancelled = false;
    LocalStore.of(userId).then(
      (store) => {
        if (cancelled) return;
        stopSync = startBackgroundSync(store);
        setOpened({ userId, store });
      },
      () => {
        if (!cancelled) setOpened({ userId, store: undefined });
      },
    );
    return () => {
      cancelled = true;
      stopSync?.();
    };
  }, [userId]);

  if (opened?.userId !== userId) return <main className="message-page muted">Đang tải…</main>;
  return <LocalStoreContext.Provider value={opened.store}>{children}</LocalStoreContext.Provider>;
}

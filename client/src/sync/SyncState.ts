/**
 * What the page knows about its connection to the document. The last three are final: the
 * server closed the socket for good, because the document is gone (`not-found`, 4404), nobody is
 * signed in any more (`signed-out`, 4401), or the person lost access to it (`access-revoked`, 4403).
 */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'not-found' | 'signed-out' | 'access-revoked';

/** A snapshot of a document's sync state, as the status indicator shows it. */
export interface SyncState {
  connection: ConnectionState;
  /** Every edit made on this page is known to be durably stored on the server. */
  saved: boolean;
  /** The server refused the connection for good with another permanent close code. */
  gaveUp: boolean;
  /**
   * The last close was `StorageUnavailable` (4500): the server cannot reach its database just now.
   * Transient: the provider keeps reconnecting with its backoff; cleared once a connection syncs.
   */
  storageUnavailable: boolean;
  /**
   * The server said it will not apply this page's edits (y-protocols' permission-denied): the
   * person's role no longer lets them edit, so what they typed since will never be saved.
   */
  editsRefused: boolean;
  /** The browser says it has a network (`navigator.onLine`); false means plainly offline. */
  online: boolean;
  /** Local changes kept in this browser's storage only (IndexedDB), not yet on the server. */
  changesOnDevice: number;
  /** Some local change is kept nowhere but in the page's memory: leaving now would lose it. */
  unprotected: boolean;
  /** The document's content is here to show: loaded from this device, or synced with the server. */
  contentReady: boolean;
}

/** Whether the server has closed the connection for good with a reason the page names. */
export function isFinalConnection(connection: ConnectionState): boolean {
  return connection === 'not-found' || connection === 'signed-out' || connection === 'access-revoked';
}

/** Whether two snapshots say the same, so listeners are only told about real changes. */
export function sameSyncState(a: SyncState, b: SyncState): boolean {
  return (
    a.connection === b.connection &&
    a.saved === b.saved &&
    a.gaveUp === b.gaveUp &&
    a.storageUnavailable === b.storageUnavailable &&
    a.editsRefused === b.editsRefused &&
    a.online === b.online &&
    a.changesOnDevice === b.changesOnDevice &&
    a.unprotected === b.unprotected &&
    a.contentReady === b.contentReady
  );
}

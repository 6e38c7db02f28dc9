/** What the page knows about its connection to the document. */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'not-found';

/** A snapshot of a document's sync state, as the status indicator shows it. */
export interface SyncState {
  connection: ConnectionState;
  /** Every edit made on this page is known to be durably stored on the server. */
  saved: boolean;
  /** The server refused the connection for good (a permanent close other than not-found). */
  gaveUp: boolean;
}

/** Whether two snapshots say the same, so listeners are only told about real changes. */
export function sameSyncState(a: SyncState, b: SyncState): boolean {
  return a.connection === b.connection && a.saved === b.saved && a.gaveUp === b.gaveUp;
}

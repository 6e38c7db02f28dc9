/** One update kept on this device, with its key there. */
export interface KeptUpdate {
  key: number;
  update: Uint8Array;
  /** Local changes it holds that the server may lack (0 once the server has them, or for others' changes). */
  unsyncedChanges: number;
}

/** What this device keeps of one document. */
export interface StoredDocument {
  /** Every update kept, in the order they were stored. */
  updates: KeptUpdate[];
  /** Whether the updates hold the whole document: it was synced with the server once, or made here. */
  complete: boolean;
}

/**
 * A document's copy on this device (IndexedDB, see features/offline). Each write resolves only once
 * it is committed there, which is what lets the page say a change is "lưu trên máy này". The
 * server's confirmations clear the updates by key, so that two pages of one document (two tabs)
 * never clear each other's changes.
 */
export interface DocumentPersistence {
  load(): Promise<StoredDocument>;
  /** Keeps `update`, which holds `localChanges` changes made on this device; resolves with its key. */
  append(update: Uint8Array, localChanges: number): Promise<number>;
  /** The server has the changes of the updates `keys`. */
  synced(keys: readonly number[]): Promise<void>;
  /** The stored updates now hold the whole document. */
  markComplete(): Promise<void>;
  /** Replaces the updates `keys` by `merged`, which holds them and their `unsyncedChanges`; resolves with its key. */
  compact(merged: Uint8Array, keys: readonly number[], unsyncedChanges: number): Promise<number>;
  /** Forgets everything kept of the document. */
  forget(): Promise<void>;
}

/** Where the open documents find their copy on this device. */
export interface PersistenceProvider {
  persistenceOf(documentId: string): DocumentPersistence;
}

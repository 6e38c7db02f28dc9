import type { DocumentPersistence, KeptUpdate, StoredDocument } from '../sync/DocumentPersistence.js';
import { committed, requested } from './indexedDb.js';
import { Stores } from './localDatabase.js';

/**
 * One update in the `updates` store. `unsyncedIn` (the document's id) is there only while it holds
 * local changes the server may lack, so that the `unsynced` index lists exactly those.
 */
export interface StoredUpdate {
  documentId: string;
  update: Uint8Array;
  unsyncedChanges?: number;
  unsyncedIn?: string;
}

/** What the `copies` store says of one document. */
export interface CopyState {
  documentId: string;
  /** The kept updates hold the whole document (synced once, or made here). */
  complete: boolean;
}

/** The stored form of `update`, which holds `localChanges` changes the server may lack. */
export function storedUpdate(documentId: string, update: Uint8Array, localChanges: number): StoredUpdate {
  return localChanges > 0 ? { documentId, update, unsyncedChanges: localChanges, unsyncedIn: documentId } : { documentId, update };
}

/** A document's copy in the person's IndexedDB database; every write resolves once committed. */
export class IndexedDbPersistence implements DocumentPersistence {
  constructor(
    private readonly db: IDBDatabase,
    private readonly documentId: string,
  ) {}

  async load(): Promise<StoredDocument> {
    const transaction = this.db.transaction([Stores.updates, Stores.copies], 'readonly');
    const index = transaction.objectStore(Stores.updates).index('documentId');
    const [keys, stored, copy] = await Promise.all([
      requested(index.getAllKeys(this.documentId)),
      requested(index.getAll(this.documentId) as IDBRequest<StoredUpdate[]>),
      requested(transaction.objectStore(Stores.copies).get(this.documentId) as IDBRequest<CopyState | undefined>),
    ]);
    const updates: KeptUpdate[] = stored.map((entry, i) => ({
      key: keys[i] as number,
      update: entry.update,
      unsyncedChanges: entry.unsyncedChanges ?? 0,
    }));
    return { updates, complete: copy?.complete ?? false };
  }

  async append(update: Uint8Array, localChanges: number): Promise<number> {
    let key = 0;
    await this.write((transaction) => {
      const added = transaction.objectStore(Stores.updates).add(storedUpdate(this.documentId, update, localChanges));
      added.onsuccess = () => (key = added.result as number);
    });
    return key;
  }

  synced(keys: readonly number[]): Promise<void> {
    return this.write((transaction) => {
      const updates = transaction.objectStore(Stores.updates);
      for (const key of keys) {
        const read = updates.get(key) as IDBRequest<StoredUpdate | undefined>;
        read.onsuccess = () => {
          // Gone when another page folded it meanwhile: the folded update keeps its count until a later confirmation.
          if (read.result) updates.put(storedUpdate(this.documentId, read.result.update, 0), key);
        };
      }
    });
  }

  markComplete(): Promise<void> {
    return this.write((transaction) =>
      transaction.objectStore(Stores.copies).put({ documentId: this.documentId, complete: true } satisfies CopyState),
    );
  }

  async compact(merged: Uint8Array, keys: readonly number[], unsyncedChanges: number): Promise<number> {
    let key = 0;
    await this.write((transaction) => {
      const updates = transaction.objectStore(Stores.updates);
      for (const folded of keys) updates.delete(folded);
      const added = updates.add(storedUpdate(this.documentId, merged, unsyncedChanges));
      added.onsuccess = () => (key = added.result as number);
    });
    return key;
  }

  forget(): Promise<void> {
    return this.write((transaction) => forgetCopy(transaction, this.documentId));
  }

  /**
   * Runs `fill` in a new transaction, created at once (before this returns), so that writes commit
   * in the order they were asked for. Async, so that a closed database rejects instead of throwing.
   */
  private async write(fill: (transaction: IDBTransaction) => void): Promise<void> {
    const transaction = this.db.transaction([Stores.updates, Stores.copies], 'readwrite');
    const done = committed(transaction);
    fill(transaction);
    await done;
  }
}

/** Deletes, inside `transaction` (over `updates` and `copies`), everything kept of a document's content. */
export function forgetCopy(transaction: IDBTransaction, documentId: string): void {
  transaction.objectStore(Stores.copies).delete(documentId);
  const updates = transaction.objectStore(Stores.updates);
  const keys = updates.index('documentId').getAllKeys(documentId);
  keys.onsuccess = () => {
    for (const key of keys.result) updates.delete(key);
  };
}

import { committed, requested } from '../../../localStore/indexedDb.js';
import type { OutboxEntry } from './outboxEntries.js';

const STORE = 'entries';
const databaseName = (userId: string) => `van-kien-comment-outbox-${userId}`;

/**
 * Where one person's undelivered comments wait on this device: an IndexedDB database of their own
 * (two people sharing a computer never see each other's), one store of entries by key.
 */
export class OutboxDatabase {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(userId: string): Promise<OutboxDatabase> {
    const request = indexedDB.open(databaseName(userId), 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    const db = await requested(request);
    // Signing out (here or in another tab) deletes the database: this connection must not hold it up.
    db.onversionchange = () => db.close();
    return new OutboxDatabase(db);
  }

  /** Deletes the person's undelivered comments from this device (signing out). */
  static async remove(userId: string): Promise<void> {
    await requested(indexedDB.deleteDatabase(databaseName(userId)));
  }

  readAll(): Promise<OutboxEntry[]> {
    return requested(this.db.transaction(STORE, 'readonly').objectStore(STORE).getAll() as IDBRequest<OutboxEntry[]>);
  }

  /** Stores `put` and removes the entries keyed `removed` in one transaction; resolves once it is committed. */
  write(put: readonly OutboxEntry[], removed: readonly string[]): Promise<void> {
    const transaction = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const store = transaction.objectStore(STORE);
    for (const key of removed) store.delete(key);
    for (const entry of put) store.put(entry);
    return committed(transaction);
  }
}

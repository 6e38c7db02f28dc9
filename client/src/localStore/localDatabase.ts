import { requested } from './indexedDb.js';

/** The object stores of a person's local database, and what each holds. */
export const Stores = {
  /** The documents' records as the server last gave them (or as made offline), by id. */
  records: 'records',
  /** Documents made on this device that the server has not registered yet, by id. */
  drafts: 'drafts',
  /** Per document: whether the kept updates hold all of it. */
  copies: 'copies',
  /**
   * Yjs updates of every document opened here, indexed by `documentId`; those holding local changes
   * the server may lack are indexed by `unsynced` too.
   */
  updates: 'updates',
  /** Templates with their sections, by [id, version], to build documents offline. */
  templates: 'templates',
} as const;

const VERSION = 1;

/** One database per person, so that two people sharing a computer never see each other's drafts. */
function databaseName(userId: string): string {
  return `van-kien-${userId}`;
}

/** Opens (creating on first use) the local database of the person `userId`. */
export async function openLocalDatabase(userId: string): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName(userId), VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(Stores.records, { keyPath: 'id' });
    db.createObjectStore(Stores.drafts, { keyPath: 'id' });
    db.createObjectStore(Stores.copies, { keyPath: 'documentId' });
    const updates = db.createObjectStore(Stores.updates, { autoIncrement: true });
    updates.createIndex('documentId', 'documentId');
    updates.createIndex('unsynced', 'unsyncedIn');
    db.createObjectStore(Stores.templates, { keyPath: ['id', 'version'] });
  };
  const db = await requested(request);
  // Signing out (here or in another tab) deletes the database: this connection must not hold it up.
  db.onversionchange = () => db.close();
  return db;
}

/** Deletes everything the person `userId` kept on this device; resolves once it is gone. */
export async function deleteLocalDatabase(userId: string): Promise<void> {
  await requested(indexedDB.deleteDatabase(databaseName(userId)));
}

import type { Template } from '@van-kien/templates';
import type { DocumentRecord } from '../domain/documents/DocumentRecord.js';
import type { NewDocumentRequest } from '../domain/documents/documentsApi.js';
import type { PersistenceProvider } from '../sync/DocumentPersistence.js';
import { type CopyState, forgetCopy, IndexedDbPersistence, type StoredUpdate, storedUpdate } from './IndexedDbPersistence.js';
import { committed, requested } from './indexedDb.js';
import { deleteLocalDatabase, openLocalDatabase, Stores } from './localDatabase.js';

/** A document made on this device that the server has not registered yet. */
export interface DocumentDraft {
  id: string;
  /** What to send to `POST /api/documents`, with the id chosen here. */
  request: NewDocumentRequest & { id: string };
  /** Why the server refused it, in Vietnamese, once it did; it then stays here only. */
  refusal?: string;
}

/** A Yjs update that changes nothing: what an empty document made here is kept as. */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/** The store of each person this tab opened one for; one database connection each. */
const openStores = new Map<string, Promise<LocalStore>>();

/**
 * What one signed-in person keeps on this device so that the app works offline: the document list
 * and records, each opened document's content (through `persistenceOf`), documents made offline
 * and the templates to make them from. One per person and tab (`LocalStore.of`).
 */
export class LocalStore implements PersistenceProvider {
  private constructor(
    private readonly db: IDBDatabase,
    readonly userId: string,
  ) {}

  /** The store of the person `userId`, opened on first use; rejects when IndexedDB is unavailable. */
  static of(userId: string): Promise<LocalStore> {
    let store = openStores.get(userId);
    if (!store) {
      store = openLocalDatabase(userId).then((db) => {
        // Signed out in another tab: the database is closed and deleted; a later sign-in opens a new one.
        db.addEventListener('versionchange', () => openStores.delete(userId));
        return new LocalStore(db, userId);
      });
      openStores.set(userId, store);
      store.catch(() => openStores.delete(userId));
    }
    return store;
  }

  persistenceOf(documentId: string): IndexedDbPersistence {
    return new IndexedDbPersistence(this.db, documentId);
  }

  /** Every kept record: the last list from the server, records opened since, and drafts. */
  records(): Promise<DocumentRecord[]> {
    return requested(this.db.transaction(Stores.records, 'readonly').objectStore(Stores.records).getAll() as IDBRequest<DocumentRecord[]>);
  }

  record(id: string): Promise<DocumentRecord | undefined> {
    return requested(
      this.db.transaction(Stores.records, 'readonly').objectStore(Stores.records).get(id) as IDBRequest<DocumentRecord | undefined>,
    );
  }

  /** Keeps the list the server just gave in place of the last one; drafts stay. */
  async saveDocumentList(documents: readonly DocumentRecord[]): Promise<void> {
    const transaction = this.db.transaction([Stores.records, Stores.drafts], 'readwrite');
    const done = committed(transaction);
    const records = transaction.objectStore(Stores.records);
    const draftIds = transaction.objectStore(Stores.drafts).getAllKeys();
    draftIds.onsuccess = () => {
      const keep = new Set([...draftIds.result.map(String), ...documents.map((document) => document.id)]);
      const keys = records.getAllKeys();
      keys.onsuccess = () => {
        for (const key of keys.result) if (!keep.has(String(key))) records.delete(key);
        for (const document of documents) records.put(document);
      };
    };
    await done;
  }

  async saveRecord(record: DocumentRecord): Promise<void> {
    const transaction = this.db.transaction(Stores.records, 'readwrite');
    transaction.objectStore(Stores.records).put(record);
    await committed(transaction);
  }

  drafts(): Promise<DocumentDraft[]> {
    return requested(this.db.transaction(Stores.drafts, 'readonly').objectStore(Stores.drafts).getAll() as IDBRequest<DocumentDraft[]>);
  }

  draft(id: string): Promise<DocumentDraft | undefined> {
    return requested(
      this.db.transaction(Stores.drafts, 'readonly').objectStore(Stores.drafts).get(id) as IDBRequest<DocumentDraft | undefined>,
    );
  }

  /**
   * Keeps a new document here in one transaction: its draft, its record and, for one made from a
   * template, its first content. Its making counts as one change the server lacks until the
   * document's first sync is stored there.
   */
  async saveDraft(draft: DocumentDraft, record: DocumentRecord, content: Uint8Array | undefined): Promise<void> {
    const transaction = this.db.transaction([Stores.drafts, Stores.records, Stores.copies, Stores.updates], 'readwrite');
    transaction.objectStore(Stores.drafts).put(draft);
    transaction.objectStore(Stores.records).put(record);
    transaction.objectStore(Stores.copies).put({ documentId: draft.id, complete: true } satisfies CopyState);
    transaction.objectStore(Stores.updates).add(storedUpdate(draft.id, content ?? EMPTY_UPDATE, 1));
    await committed(transaction);
  }

  /** The server registered a draft: from now on it is an ordinary document. */
  async draftRegistered(record: DocumentRecord): Promise<void> {
    const transaction = this.db.transaction([Stores.drafts, Stores.records], 'readwrite');
    transaction.objectStore(Stores.drafts).delete(record.id);
    transaction.objectStore(Stores.records).put(record);
    await committed(transaction);
  }

  async draftRefused(draft: DocumentDraft, refusal: string): Promise<void> {
    const transaction = this.db.transaction(Stores.drafts, 'readwrite');
    transaction.objectStore(Stores.drafts).put({ ...draft, refusal });
    await committed(transaction);
  }

  /** Forgets a draft the server refused at once, with everything kept of it. */
  async discardDraft(id: string): Promise<void> {
    const transaction = this.db.transaction([Stores.drafts, Stores.records, Stores.copies, Stores.updates], 'readwrite');
    transaction.objectStore(Stores.drafts).delete(id);
    transaction.objectStore(Stores.records).delete(id);
    forgetCopy(transaction, id);
    await committed(transaction);
  }

  /** Documents with local changes the server may lack, and how many each. */
  async unsyncedDocuments(): Promise<{ documentId: string; unsyncedChanges: number }[]> {
    const index = this.db.transaction(Stores.updates, 'readonly').objectStore(Stores.updates).index('unsynced');
    const unsynced = await requested(index.getAll() as IDBRequest<StoredUpdate[]>);
    const byDocument = new Map<string, number>();
    for (const { documentId, unsyncedChanges = 0 } of unsynced)
      byDocument.set(documentId, (byDocument.get(documentId) ?? 0) + unsyncedChanges);
    return [...byDocument].map(([documentId, unsyncedChanges]) => ({ documentId, unsyncedChanges }));
  }

  templates(): Promise<Template[]> {
    return requested(this.db.transaction(Stores.templates, 'readonly').objectStore(Stores.templates).getAll() as IDBRequest<Template[]>);
  }

  template(id: string, version: number): Promise<Template | undefined> {
    return requested(
      this.db.transaction(Stores.templates, 'readonly').objectStore(Stores.templates).get([id, version]) as IDBRequest<
        Template | undefined
      >,
    );
  }

  async saveTemplate(template: Template): Promise<void> {
    const transaction = this.db.transaction(Stores.templates, 'readwrite');
    transaction.objectStore(Stores.templates).put(template);
    await committed(transaction);
  }

  /** Deletes everything this person kept on this device (signing out). */
  async destroy(): Promise<void> {
    openStores.delete(this.userId);
    this.db.close();
    await deleteLocalDatabase(this.userId);
  }
}

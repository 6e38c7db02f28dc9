import { databasePath, SqliteStorage } from '@van-kien/server';
import Database from 'better-sqlite3';

/**
 * Reads what a server stored, straight from its SQLite file through the storage API, on a
 * read-only connection of its own: what a crash would leave, whatever the server holds in memory.
 */
export class StoredContentReader {
  private readonly storage: SqliteStorage;

  constructor(dataDir: string) {
    this.storage = new SqliteStorage(new Database(databasePath(dataDir), { readonly: true, fileMustExist: true }));
  }

  /** The document's stored snapshot, if any, followed by its update log. */
  async read(documentId: string): Promise<Uint8Array[]> {
    const { snapshot, updates } = await this.storage.loadContent(documentId);
    return snapshot ? [snapshot, ...updates] : updates;
  }

  close(): Promise<void> {
    return this.storage.close();
  }
}

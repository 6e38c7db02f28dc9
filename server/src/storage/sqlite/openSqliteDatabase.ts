import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

const INCREMENTAL_AUTO_VACUUM = 2;

export interface SqliteOptions {
  /**
   * How long a write waits for a lock held by another process (the admin CLI, a backup) before it
   * fails and is retried by the caller. Short, because better-sqlite3 waits on the event loop.
   */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the SQLite file in WAL mode with `synchronous = FULL`, so a commit that
 * returned survives a crash or power loss, and brings its schema up to date.
 */
export function openSqliteDatabase(filename: string, { busyTimeoutMs = 50 }: SqliteOptions = {}): Database.Database {
  const db = new Database(filename);
  // Space that compaction frees goes back to the file system (see SqliteStorage.compactContent);
  // a file made before this setting takes it through one VACUUM.
  if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL_AUTO_VACUUM) {
    db.pragma('auto_vacuum = INCREMENTAL');
    db.exec('VACUUM');
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  migrate(db);
  return db;
}

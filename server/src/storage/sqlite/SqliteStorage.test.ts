import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { storageContractSuite } from '../storageContractSuite.js';
import { openSqliteDatabase } from './openSqliteDatabase.js';
import { SqliteStorage } from './SqliteStorage.js';

const dir = mkdtempSync(join(tmpdir(), 'vk-sqlite-'));
let counter = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storageContractSuite('SqliteStorage', async () => new SqliteStorage(openSqliteDatabase(join(dir, `contract-${counter++}.db`))));

describe('SqliteStorage on disk', () => {
  it('keeps documents and content across reopening the file', async () => {
    const file = join(dir, 'reopen.db');
    const first = new SqliteStorage(openSqliteDatabase(file));
    await first.createDocument({ id: 'a', title: 'Nghị quyết', now: 1 });
    await first.appendUpdates([{ documentId: 'a', update: new Uint8Array([1, 2]) }], 2);
    await first.close();
    const second = new SqliteStorage(openSqliteDatabase(file));
    expect((await second.getDocument('a'))?.title).toBe('Nghị quyết');
    expect((await second.loadContent('a')).updates).toEqual([new Uint8Array([1, 2])]);
    await second.close();
  });

  it('fails a write while another process holds the lock, and stores nothing of the batch', async () => {
    const file = join(dir, 'locked.db');
    const storage = new SqliteStorage(openSqliteDatabase(file, { busyTimeoutMs: 1 }));
    const other = new Database(file);
    other.prepare('BEGIN EXCLUSIVE').run();
    await expect(storage.appendUpdates([{ documentId: 'a', update: new Uint8Array([1]) }], 1)).rejects.toThrow(/locked|busy/i);
    other.prepare('ROLLBACK').run();
    other.close();
    expect((await storage.loadContent('a')).updates).toEqual([]);
    await storage.close();
  });

  it('gives the pages of a compacted update log back to the file system', async () => {
    const file = join(dir, 'compacted.db');
    const storage = new SqliteStorage(openSqliteDatabase(file));
    await storage.createDocument({ id: 'a', title: 'Báo cáo', now: 1 });
    const update = new Uint8Array(2000).fill(7);
    const seqs = await storage.appendUpdates(
      Array.from({ length: 500 }, () => ({ documentId: 'a', update })),
      2,
    );
    await storage.close();
    const grown = statSync(file).size;
    const reopened = new SqliteStorage(openSqliteDatabase(file));
    await reopened.compactContent('a', new Uint8Array([1]), seqs.at(-1)!);
    await reopened.close();
    // Nearly all of the megabyte of log comes back; the schema stays.
    expect(grown - statSync(file).size).toBeGreaterThan(0.9 * 500 * update.byteLength);
  });

  it('turns on the reclaiming of space in a file made before it existed', async () => {
    const file = join(dir, 'older.db');
    new Database(file).close();
    const older = new Database(file);
    older.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    expect(older.pragma('auto_vacuum', { simple: true })).toBe(0);
    older.close();
    const db = openSqliteDatabase(file);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a database written by a newer server', async () => {
    const file = join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteDatabase(file)).toThrow(/newer than this server/);
  });
});

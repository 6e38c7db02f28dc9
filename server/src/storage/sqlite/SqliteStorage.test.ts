import { mkdtempSync, rmSync } from 'node:fs';
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
    await expect(
      storage.appendUpdates([{ documentId: 'a', update: new Uint8Array([1]) }], 1),
    ).rejects.toThrow(/locked|busy/i);
    other.prepare('ROLLBACK').run();
    other.close();
    expect((await storage.loadContent('a')).updates).toEqual([]);
    await storage.close();
  });

  it('refuses a database written by a newer server', async () => {
    const file = join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteDatabase(file)).toThrow(/newer than this server/);
  });
});

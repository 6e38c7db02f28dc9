import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { stockProvider, waitForDoc, whenSynced } from '../support/providers.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * Makes the account store fail from outside, as a damaged or half-migrated database would: the
 * API tokens table is renamed away on a second connection, so the server's every read of it
 * throws (`no such table`), until `restore()` renames it back. (A lock cannot do this: in WAL mode
 * a writer never blocks the server's reads.)
 */
function breakTokenStore(dataDir: string): { restore(): void } {
  const db = new Database(join(dataDir, 'van-kien.db'));
  db.exec('ALTER TABLE api_tokens RENAME TO api_tokens_unreadable');
  return {
    restore() {
      db.exec('ALTER TABLE api_tokens_unreadable RENAME TO api_tokens');
      db.close();
    },
  };
}

/** Makes the server re-decide every open socket's access, as a change of grants would [S-AUTH-5]. */
function bumpAccessVersion(dataDir: string): void {
  const db = new Database(join(dataDir, 'van-kien.db'));
  db.prepare('UPDATE access_version SET version = version + 1 WHERE id = 1').run();
  db.close();
}

/** Resolves once the provider's socket has been closed by the server `count` times with `code`. */
function closedWith(provider: WebsocketProvider, code: number, count = 1): Promise<void> {
  let seen = 0;
  return new Promise((resolve, reject) => {
    const onClose = (event: CloseEvent | null) => {
      if (!event) return;
      if (event.code !== code) {
        reject(new Error(`closed with ${event.code} "${event.reason}", expected ${code}`));
        return;
      }
      if (++seen < count) return;
      provider.off('connection-close', onClose);
      resolve();
    };
    provider.on('connection-close', onClose);
  });
}

describe('storage faults never lose or fake saved work', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.dispose();
  });

  it('[S-ACK-4] while the database is locked the edit stays in memory, unacknowledged, and is saved once the lock goes', async () => {
    server = await startTestServer();
    const id = await createDocument(server);
    const writer = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    const reader = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    writer.hello();
    await Promise.all([writer.sync(), reader.sync()]);
    await writer.allSaved();

    const locker = new Database(join(server.dataDir, 'van-kien.db'));
    locker.prepare('BEGIN EXCLUSIVE').run();
    const relayed = reader.nextFrame((f) => f.kind === 'update');
    writer.edit((doc) => doc.getText('t').insert(0, 'Viết khi ổ đĩa bị khóa'));
    await server.logs.waitFor('storage write failed');
    await relayed; // collaborators still see the edit
    expect(writer.frames.filter((f) => f.kind === 'saved')).toEqual([{ kind: 'saved', storedUpdates: 0 }]);

    locker.prepare('ROLLBACK').run();
    locker.close();
    await writer.allSaved();
    writer.close();
    reader.close();
    server = await server.restart();
    const after = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    await after.sync();
    expect(after.text()).toBe('Viết khi ổ đĩa bị khóa');
    after.close();
  });

  it('[S-AUTH-6] a socket whose access check fails on the store gets 4500, not 4422, and the stock client reconnects and syncs once it recovers', async () => {
    server = await startTestServer();
    const id = await createDocument(server);
    const writer = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    writer.hello();
    await writer.sync();
    writer.edit((doc) => doc.getText('t').insert(0, 'Đã lưu trước sự cố'));
    await writer.allSaved();
    writer.close();

    const store = breakTokenStore(server.dataDir);
    const provider = stockProvider(server.wsBase, id, server.adminToken);
    // Twice: the first refusal did not make it give up.
    await closedWith(provider, 4500, 2);
    await server.logs.waitFor('deciding access failed');
    expect(provider.synced).toBe(false);

    store.restore();
    await whenSynced(provider);
    expect(provider.doc.getText('t').toString()).toBe('Đã lưu trước sự cố');
    provider.destroy();
  });

  it('[S-AUTH-6][S-AUTH-5] a recheck that fails on the store closes with 4500, not 4403, and the stock client comes back with its edit', async () => {
    server = await startTestServer();
    const id = await createDocument(server);
    const provider = stockProvider(server.wsBase, id, server.adminToken);
    await whenSynced(provider);

    // A change is one against the version the server already knows.
    await server.logs.waitFor('watching for access changes');
    const store = breakTokenStore(server.dataDir);
    const closed = closedWith(provider, 4500);
    bumpAccessVersion(server.dataDir);
    await closed;
    await server.logs.waitFor('deciding access failed');
    // Typed while the server cannot decide its access: kept, and sent once it can.
    provider.doc.getText('t').insert(0, 'Viết khi máy chủ lỗi');
    await closedWith(provider, 4500);

    store.restore();
    await whenSynced(provider);
    const reader = stockProvider(server.wsBase, id, server.adminToken);
    await waitForDoc(reader.doc, (doc) => doc.getText('t').toString() === 'Viết khi máy chủ lỗi');
    reader.destroy();
    provider.destroy();
  });

  it('[S-LOAD-2] a document whose stored content cannot be read is refused with 4500, never served empty or overwritten', async () => {
    server = await startTestServer();
    const id = await createDocument(server);
    const writer = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    writer.hello();
    await writer.sync();
    writer.edit((doc) => doc.getText('t').insert(0, 'Bản thật'));
    await writer.allSaved();
    writer.close();
    server = await server.restart();

    const db = new Database(join(server.dataDir, 'van-kien.db'));
    db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)').run(id, Buffer.from([0xff, 0xff, 0xff]));
    const readStored = () => ({
      log: db.prepare('SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq').all(id),
      snapshot: db.prepare('SELECT data FROM document_snapshots WHERE document_id = ?').get(id),
    });
    const storedBefore = readStored();

    const client = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    expect((await client.closed).code).toBe(4500);
    expect(client.frames).toEqual([]);
    await server.logs.waitFor('stored content of document does not apply');
    expect(readStored()).toEqual(storedBefore);
    db.close();
  });
});

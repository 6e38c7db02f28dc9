import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

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

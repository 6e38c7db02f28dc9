import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { killSpawnedServers, type ServerProcess, spawnServer } from '../support/serverProcess.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

describe('what the server stores survives restarts and crashes', () => {
  let server: TestServer | undefined;
  let proc: ServerProcess | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await server?.dispose();
    server = undefined;
    if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
      proc.child.kill('SIGKILL');
      await proc.exited;
    }
    proc = undefined;
    // A server whose spawning a timeout interrupted has no handle here; it must not outlive the run.
    await killSpawnedServers();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-persist-'));
    dirs.push(dir);
    return dir;
  };

  it('[S-ACK-1] an acknowledged edit is there after a graceful restart', async () => {
    server = await startTestServer();
    const id = await createDocument(server);
    const writer = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    writer.hello();
    await writer.sync();
    writer.edit((doc) => doc.getText('t').insert(0, 'Nhiệm kỳ 2025-2027'));
    await writer.allSaved();
    server = await server.restart();
    const reader = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    await reader.sync();
    expect(reader.text()).toBe('Nhiệm kỳ 2025-2027');
    reader.close();
  });

  it('[S-ACK-1] an edit acknowledged as saved survives the server process being killed (SIGKILL)', async () => {
    const dataDir = tempDir();
    proc = await spawnServer({ DATA_DIR: dataDir });
    const id = await createDocument(proc);
    const writer = await RawSyncClient.connect(proc.wsBase, id, proc.adminToken);
    writer.hello();
    await writer.sync();
    for (let i = 0; i < 20; i++) writer.edit((doc) => doc.getText('t').insert(doc.getText('t').length, `${i};`));
    await writer.allSaved();
    const expected = writer.text();
    proc.child.kill('SIGKILL');
    await proc.exited;

    proc = await spawnServer({ DATA_DIR: dataDir }, proc.adminToken);
    const reader = await RawSyncClient.connect(proc.wsBase, id, proc.adminToken);
    await reader.sync();
    expect(reader.text()).toBe(expected);
    reader.close();
  });

  it('[S-SHUTDOWN-1] SIGTERM commits every edit the server had received, then exits 0', async () => {
    const dataDir = tempDir();
    proc = await spawnServer({ DATA_DIR: dataDir });
    const id = await createDocument(proc);
    const writer = await RawSyncClient.connect(proc.wsBase, id, proc.adminToken);
    const observer = await RawSyncClient.connect(proc.wsBase, id, proc.adminToken);
    await Promise.all([writer.sync(), observer.sync()]);
    const relayed = observer.nextFrame((f) => f.kind === 'update');
    writer.edit((doc) => doc.getText('t').insert(0, 'Đã nhận trước khi dừng'));
    await relayed; // the server has applied it; no Saved was asked for
    const closedWith = writer.closed;
    proc.child.kill('SIGTERM');
    expect((await closedWith).code).toBe(4503);
    expect(await proc.exited).toEqual({ code: 0, signal: null });

    proc = await spawnServer({ DATA_DIR: dataDir }, proc.adminToken);
    const reader = await RawSyncClient.connect(proc.wsBase, id, proc.adminToken);
    await reader.sync();
    expect(reader.text()).toBe('Đã nhận trước khi dừng');
    reader.close();
  });

  it('[S-COMPACT-1] a long editing session is compacted into a snapshot and reloads identically', async () => {
    server = await startTestServer({ COMPACT_AFTER_UPDATES: '10' });
    const id = await createDocument(server);
    const writer = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    writer.hello();
    await writer.sync();
    const compacted = server.logs.waitFor('document compacted', (r) => r.documentId === id);
    for (let i = 0; i < 35; i++) writer.edit((doc) => doc.getText('t').insert(doc.getText('t').length, 'ab'));
    writer.edit((doc) => doc.getText('t').delete(0, 10));
    await writer.allSaved();
    await compacted;
    const db = new Database(join(server.dataDir, 'van-kien.db'), { readonly: true });
    const logLength = (db.prepare('SELECT count(*) AS n FROM document_updates WHERE document_id = ?').get(id) as { n: number }).n;
    const snapshots = (db.prepare('SELECT count(*) AS n FROM document_snapshots WHERE document_id = ?').get(id) as { n: number }).n;
    db.close();
    expect(snapshots).toBe(1);
    expect(logLength).toBeLessThan(36);

    const expected = writer.text();
    writer.close();
    server = await server.restart();
    const reader = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    await reader.sync();
    expect(reader.text()).toBe(expected);
    reader.close();
  });
});

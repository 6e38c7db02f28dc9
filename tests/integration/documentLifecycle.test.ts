import { afterEach, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

const health = async (server: TestServer) =>
  (await (await fetch(`${server.url}/health`)).json()) as { documentsInMemory: number; connections: number };

describe('documents leave memory when nobody uses them', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.dispose();
  });

  it('[S-UNLOAD-1] a document whose last client left is compacted and unloaded after the grace period', async () => {
    server = await startTestServer({ UNLOAD_GRACE_MS: '50' });
    const id = await createDocument(server);
    const client = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    client.hello();
    await client.sync();
    client.edit((doc) => doc.getText('t').insert(0, 'Phương hướng'));
    await client.allSaved();
    expect(await health(server)).toMatchObject({ documentsInMemory: 1, connections: 1 });

    const unloaded = server.logs.waitFor('document unloaded', (r) => r.documentId === id);
    client.close();
    await unloaded;
    expect(await health(server)).toMatchObject({ documentsInMemory: 0, connections: 0 });

    const again = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    await again.sync();
    expect(again.text()).toBe('Phương hướng');
    again.close();
  });
});

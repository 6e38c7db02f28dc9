import { encodeUpdate } from '@van-kien/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

describe('bad input closes only the connection that sent it', () => {
  let server: TestServer;
  let documentId: string;
  let bystander: RawSyncClient;
  beforeAll(async () => {
    server = await startTestServer({ MAX_MESSAGE_BYTES: String(64 * 1024) });
    documentId = await createDocument(server);
    bystander = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    bystander.hello();
    await bystander.sync();
    bystander.edit((doc) => doc.getText('t').insert(0, 'Nội dung gốc'));
    await bystander.allSaved();
  });
  afterAll(async () => {
    bystander.close();
    await server.dispose();
  });

  /** After each case: the server serves, the bystander still edits and is acknowledged, storage is intact. */
  async function expectDocumentIntact(): Promise<void> {
    bystander.edit((doc) => doc.getText('t').insert(doc.getText('t').length, '.'));
    await bystander.allSaved();
    const fresh = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await fresh.sync();
    expect(fresh.text()).toBe(bystander.text());
    expect(fresh.text().startsWith('Nội dung gốc')).toBe(true);
    fresh.close();
  }

  const validUpdate = (): Uint8Array => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    return Y.encodeStateAsUpdate(doc);
  };

  const cases: [string, number, () => Uint8Array | string][] = [
    ['[P-FRAME-2] a truncated frame', 4400, () => encodeUpdate(validUpdate()).slice(0, 5)],
    ['[P-FRAME-2] a frame with trailing bytes', 4400, () => new Uint8Array([...encodeUpdate(validUpdate()), 7])],
    ['[P-FRAME-3] an unknown message type', 4402, () => new Uint8Array([42, 0])],
    ['[P-FRAME-4] an Auth frame from a client', 4402, () => new Uint8Array([2, 0, 0])],
    ['[S-SYNC-2] an update Yjs cannot decode', 4422, () => encodeUpdate(new Uint8Array([1, 1, 200, 3, 0, 4, 9, 9, 9, 9]))],
    ['[P-FRAME-5] a frame over the size limit', 4413, () => encodeUpdate(new Uint8Array(64 * 1024 + 1))],
    ['[P-FRAME-6] a text frame', 4400, () => 'hello'],
  ];
  it.each(cases)('%s closes that socket with %i and changes nothing', async (_name, code, frame) => {
    const offender = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await offender.sync();
    offender.send(frame());
    expect((await offender.closed).code).toBe(code);
    const warning = await server.logs.waitFor('closing connection', (r) => r.closeCode === code);
    expect(warning.documentId).toBe(documentId);
    await expectDocumentIntact();
  });

  it('[P-URL-1] a WebSocket upgrade outside /sync/<documentId> is answered 404 and never opens', async () => {
    for (const path of ['/api/documents', `/sync/${documentId}/extra`, '/sync/%E0%A4%A']) {
      const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}${path}`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const status = await new Promise<number | undefined>((resolve) => {
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode));
        socket.once('open', () => resolve(undefined));
      });
      expect(status, path).toBe(404);
      socket.on('error', () => {}); // ending a socket that never opened is reported as an error
      socket.terminate();
    }
  });

  it('[P-URL-2] a socket for a document that does not exist is closed with 4404 before any data', async () => {
    const client = await RawSyncClient.connect(server.wsBase, 'khong-ton-tai', server.adminToken);
    expect(await client.closed).toEqual({ code: 4404, reason: 'document not found' });
    expect(client.frames).toEqual([]);
  });
});

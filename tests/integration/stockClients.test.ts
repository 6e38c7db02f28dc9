import { encodeAwareness } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { stockProvider, waitForDoc, whenSynced } from '../support/providers.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';

describe('stock y-websocket clients', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('[P-URL-1][S-SYNC-3] two stock providers co-edit one document through /sync/<id>', async () => {
    const id = await createDocument(server);
    const a = stockProvider(server.wsBase, id, server.adminToken);
    const b = stockProvider(server.wsBase, id, server.adminToken);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText('t').insert(0, 'Chi bộ ');
    b.doc.getText('t').insert(0, 'Đảng bộ ');
    const both = (doc: Y.Doc) => doc.getText('t').toString().length === 'Chi bộ Đảng bộ '.length;
    await Promise.all([waitForDoc(a.doc, both), waitForDoc(b.doc, both)]);
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    a.destroy();
    b.destroy();
  });

  it('[S-AWARE-1] presence of a stock provider reaches the others and is removed when it leaves', async () => {
    const id = await createDocument(server);
    const a = stockProvider(server.wsBase, id, server.adminToken);
    const b = stockProvider(server.wsBase, id, server.adminToken);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    const seen = new Promise<void>((resolve) =>
      b.awareness.on('change', () => {
        if (b.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Bí thư') resolve();
      }),
    );
    a.awareness.setLocalStateField('user', { name: 'Bí thư', color: '#c0392b' });
    await seen;
    const gone = new Promise<void>((resolve) =>
      b.awareness.on('change', () => {
        if (!b.awareness.getStates().has(a.doc.clientID)) resolve();
      }),
    );
    a.destroy();
    await gone;
    b.destroy();
  });

  it('[S-AWARE-1] the presence of a client whose socket drops without a goodbye is removed by the server', async () => {
    const id = await createDocument(server);
    const observer = stockProvider(server.wsBase, id, server.adminToken);
    await whenSynced(observer);
    const vanishing = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    const awareness = new Awareness(vanishing.doc);
    const seen = new Promise<void>((resolve) =>
      observer.awareness.on('change', () => {
        if (observer.awareness.getStates().has(vanishing.doc.clientID)) resolve();
      }),
    );
    awareness.setLocalStateField('user', { name: 'Chi ủy viên' });
    vanishing.send(encodeAwareness(encodeAwarenessUpdate(awareness, [vanishing.doc.clientID])));
    await seen;
    const gone = new Promise<void>((resolve) =>
      observer.awareness.on('change', () => {
        if (!observer.awareness.getStates().has(vanishing.doc.clientID)) resolve();
      }),
    );
    vanishing.socket.terminate();
    await gone;
    awareness.destroy();
    observer.destroy();
  });

  it('[P-EXT-1] a client that never sent Hello receives no extension frame, even while others are acknowledged', async () => {
    const id = await createDocument(server);
    const stock = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    const ours = await RawSyncClient.connect(server.wsBase, id, server.adminToken);
    await Promise.all([stock.sync(), ours.sync()]);
    ours.hello();
    stock.edit((doc) => doc.getText('t').insert(0, 'stock '));
    ours.edit((doc) => doc.getText('t').insert(0, 'ours '));
    await ours.allSaved();
    // Frames to one socket arrive in order: anything queued for `stock` before now precedes this answer.
    await stock.sync();
    expect(stock.rawFrames.every((frame) => frame[0]! < 100)).toBe(true);
    expect(ours.frames.some((f) => f.kind === 'saved')).toBe(true);
    stock.close();
    ours.close();
  });
});

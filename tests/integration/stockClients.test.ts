import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { stockProvider, waitForDoc, whenSynced } from '../support/providers.js';

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
    const a = stockProvider(server.wsBase, id);
    const b = stockProvider(server.wsBase, id);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText('t').insert(0, 'Chi bộ ');
    b.doc.getText('t').insert(0, 'Đảng bộ ');
    const both = (doc: Y.Doc) => doc.getText('t').toString().length === 'Chi bộ Đảng bộ '.length;
    await Promise.all([waitForDoc(a.doc, both), waitForDoc(b.doc, both)]);
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    a.destroy();
    b.destroy();
  });
});

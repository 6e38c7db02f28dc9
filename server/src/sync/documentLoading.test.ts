import { CloseCode, closeReasons, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FakeSocket } from './testing/FakeSocket.js';
import { SyncHarness } from './testing/syncHarness.js';
import { textUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Luật Đất đai';
const emptyStep1 = () => encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));

describe('loading documents', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(() => h.close());

  it('[S-LOAD-1] handles the frames sent while the document loads in the order they came, once it is loaded', async () => {
    const load = h.storage.holdNextLoad();
    const peer = h.connect('doc', 11);
    await load.arrived;
    peer.send(emptyStep1());
    peer.type('abc');
    peer.hello();
    await settle();
    expect(peer.socket.sent).toEqual([]);

    load.open();
    // Step 1 came before the update, so the answer holds the stored text but not the update.
    const { update } = await peer.socket.nextFrame('syncStep2');
    expect([...Y.parseUpdateMeta(update).to.keys()]).toEqual([1]);
    // Hello came after the update, so its Saved counts the update, once it is committed.
    expect(await peer.nextSaved()).toBe(1);
    expect(peer.socket.kinds).toEqual(['syncStep1', 'syncStep2', 'saved']);
    expect(h.storage.committedUpdates('doc')).toHaveLength(1);
  });

  it('[S-LOAD-1][P-EXT-3] counts the update frames sent while the document loads, before and after Hello', async () => {
    const load = h.storage.holdNextLoad();
    const peer = h.connect('doc', 11);
    await load.arrived;
    peer.type('a');
    peer.send(emptyStep1());
    peer.send(encodeSyncStep2(peer.change((t) => t.insert(0, 'b'))));
    peer.hello();
    peer.type('c');
    await settle();
    expect(peer.socket.sent).toEqual([]);

    load.open();
    expect(await peer.nextSaved()).toBe(2);
    expect(await peer.nextSaved()).toBe(3);
    await h.storage.until(() => h.storage.committedUpdates('doc').length === 3);
    await settle();
    expect(peer.savedCounts).toEqual([2, 3]);
  });

  it('[S-LOAD-1] loads a document once for all the connections that arrive while it loads', async () => {
    const load = h.storage.holdNextLoad();
    const first = h.connect('doc', 11);
    const second = h.connect('doc', 12);
    await load.arrived;
    load.open();
    await first.syncFromServer();
    await second.syncFromServer();
    expect(first.text).toBe(SEED);
    expect(second.text).toBe(SEED);
    expect(h.storage.loads).toEqual(['doc']);
  });

  it('[P-URL-2] closes a connection for a document that does not exist with 4404 before sending anything', async () => {
    const peer = h.connect('missing', 11);
    peer.send(emptyStep1());
    peer.hello();
    expect(await peer.socket.closed).toEqual({
      code: CloseCode.DocumentNotFound,
      reason: closeReasons[CloseCode.DocumentNotFound],
    });
    await settle();
    expect(peer.socket.sent).toEqual([]);
    expect(peer.socket.sentAfterClose).toEqual([]);
    expect(h.server.loadedDocumentIds).toEqual([]);
    expect(h.storage.appendAttempts).toEqual([]);
  });

  it('[S-LOAD-2] closes with 4500 when loading fails, serving nothing, and serves the stored content once storage works again', async () => {
    h.storage.failNextLoads(1);
    const unlucky = h.connect('doc', 11);
    unlucky.send(emptyStep1());
    unlucky.send(encodeUpdate(textUpdate(11, 'viết vào tài liệu rỗng')));
    expect(await unlucky.socket.closed).toEqual({
      code: CloseCode.StorageUnavailable,
      reason: closeReasons[CloseCode.StorageUnavailable],
    });
    expect(unlucky.socket.sent).toEqual([]);
    expect(h.logs.withMessage('loading document failed').map((e) => e.level)).toEqual(['error']);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual([]);

    const next = h.connect('doc', 12);
    await next.syncFromServer();
    expect(next.text).toBe(SEED);
    expect(h.storage.loads).toEqual(['doc', 'doc']);
    // Nothing was written over the stored document: no update applied to an empty one, no snapshot.
    expect(h.storage.appendAttempts).toEqual([]);
    expect(h.storage.compactionAttempts).toEqual([]);
  });

  it('[S-LOAD-2] closes with 4500 every connection that waited on a load that failed', async () => {
    const load = h.storage.holdNextLoad();
    const first = h.connect('doc', 11);
    const second = h.connect('doc', 12);
    await load.arrived;
    load.fail();
    expect((await first.socket.closed).code).toBe(CloseCode.StorageUnavailable);
    expect((await second.socket.closed).code).toBe(CloseCode.StorageUnavailable);
    expect([...first.socket.sent, ...second.socket.sent]).toEqual([]);
  });

  it('[S-LOAD-2] closes with 4500 a connection to a document whose stored update is garbage, and leaves the stored bytes alone', async () => {
    await h.storage.seed('broken', textUpdate(1, 'phần đầu'), new Uint8Array([0xff, 0xff, 0xff]));
    const before = await h.storage.peekContent('broken');

    const peer = h.connect('broken', 11);
    expect((await peer.socket.closed).code).toBe(CloseCode.StorageUnavailable);
    expect(peer.socket.sent).toEqual([]);
    expect(h.logs.withMessage('stored content of document does not apply')).toHaveLength(1);
    await settle();
    expect(h.server.loadedDocumentIds).not.toContain('broken');
    expect(await h.storage.peekContent('broken')).toEqual(before);
  });

  it('reads a copy of a document that is not loaded, and of one being edited, without changing either', async () => {
    const unloaded = await h.server.readDocument('doc');
    expect(unloaded.getText('content').toString()).toBe(SEED);

    const peer = h.connect('doc', 11);
    await peer.syncFromServer();
    peer.type(' mới');
    await h.storage.until(() => h.storage.committedUpdates('doc').length === 1);
    const copy = await h.server.readDocument('doc');
    expect(copy.getText('content').toString()).toBe(`${SEED} mới`);
    copy.getText('content').insert(0, 'x');
    expect((await h.server.readDocument('doc')).getText('content').toString()).toBe(`${SEED} mới`);
    await expect(h.server.readDocument('missing')).rejects.toMatchObject({ closeCode: CloseCode.DocumentNotFound });
  });

  it('answers a client that has nothing with the stored snapshot until the document changes', async () => {
    const snapshot = textUpdate(1, 'Bản đã gộp');
    await h.storage.seed('compacted');
    await h.storage.compactContent('compacted', snapshot, 0);
    const first = h.connect('compacted', 11);
    first.send(emptyStep1());
    expect((await first.socket.nextFrame('syncStep2')).update).toEqual(snapshot);

    first.type('!');
    await h.storage.until(() => h.storage.committedUpdates('compacted').length === 1);
    const second = h.connect('compacted', 12);
    await second.syncFromServer();
    expect(second.text).toBe('Bản đã gộp!');
  });

  describe('[S-SYNC-1] a document stored as one snapshot, opened while it loads', () => {
    const snapshot = textUpdate(1, 'Báo cáo chính trị');

    beforeEach(async () => {
      await h.storage.seed('compacted');
      await h.storage.compactContent('compacted', snapshot, 0);
    });

    it('answers a client that has nothing with the stored bytes before the document is built, and only once', async () => {
      const load = h.storage.holdNextLoad();
      const peer = h.connect('compacted', 11);
      await load.arrived;
      peer.hello();
      peer.send(emptyStep1());
      load.open();

      expect((await peer.socket.nextFrame('syncStep2')).update).toEqual(snapshot);
      await peer.joined();
      expect(peer.socket.kinds).toEqual(['syncStep2', 'syncStep1', 'saved']);
      expect(await peer.nextSaved()).toBe(0);
      peer.type('!');
      expect(await peer.nextSaved()).toBe(1);
      expect(peer.socket.framesOf('syncStep2')).toHaveLength(1);
    });

    it('answers a client that holds part of the document once it is built, with what it lacks', async () => {
      const load = h.storage.holdNextLoad();
      const peer = h.connect('compacted', 11);
      Y.applyUpdate(peer.doc, snapshot);
      await load.arrived;
      peer.send(encodeSyncStep1(Y.encodeStateVector(peer.doc)));
      load.open();

      await peer.joined();
      const { update } = await peer.socket.nextFrame('syncStep2');
      expect(Y.decodeUpdate(update).structs).toEqual([]);
      expect(peer.socket.kinds).toEqual(['syncStep1', 'syncStep2']);
    });

    it('sends nothing before a connection is authorized', async () => {
      let authorize!: () => void;
      const authorized = new Promise<void>((resolve) => (authorize = resolve));
      const load = h.storage.holdNextLoad();
      const reader = h.connect('compacted', 11);
      const socket = new FakeSocket();
      h.server
        .connect('compacted', socket, async () => {
          await authorized;
          return { mode: 'view' };
        })
        .receive(emptyStep1());
      await load.arrived;
      reader.send(emptyStep1());
      load.open();

      await reader.socket.nextFrame('syncStep2');
      await settle();
      expect(socket.sent).toEqual([]);
      authorize();
      expect((await socket.nextFrame('syncStep2')).update).toEqual(snapshot);
    });
  });
});

import { CloseCode, closeReasons, encodeSyncStep2, encodeUpdate } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncHarness } from './testing/syncHarness.js';
import { textOf, textUpdate, truncatedUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Hiến pháp';

describe('document sync', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
    await h.storage.seed('other');
  });

  afterEach(() => h.close());

  it('[S-SYNC-1] greets a connection with its own step 1 and answers the client’s step 1 with step 2', async () => {
    const peer = h.connect('doc', 11);
    const serverStateVector = await peer.joined();
    await peer.syncFromServer();

    expect(peer.text).toBe(SEED);
    expect(Y.decodeStateVector(serverStateVector)).toEqual(Y.decodeStateVector(Y.encodeStateVector(peer.doc)));
    expect(peer.socket.kinds).toEqual(['syncStep1', 'syncStep2']);
  });

  it('[S-SYNC-1] puts in step 2 only what the client’s state vector lacks', async () => {
    const peer = h.connect('doc', 11);
    Y.applyUpdate(peer.doc, textUpdate(1, SEED));
    const update = await peer.syncFromServer();
    expect(Y.decodeUpdate(update).structs).toEqual([]);
  });

  it('[S-SYNC-3] relays an update to the other connections of the document, not to the sender nor to other documents, and stores it', async () => {
    const [author, reader1, reader2, elsewhere] = [
      h.connect('doc', 11),
      h.connect('doc', 12),
      h.connect('doc', 13),
      h.connect('other', 14),
    ];
    for (const peer of [author, reader1, reader2, elsewhere]) await peer.joined();
    for (const peer of [author, reader1, reader2]) await peer.syncFromServer();

    author.type(' năm 2013');
    await reader1.receiveUpdate();
    await reader2.receiveUpdate();
    expect(reader1.text).toBe(`${SEED} năm 2013`);
    expect(reader2.text).toBe(`${SEED} năm 2013`);

    await h.storage.until(() => h.storage.committedUpdates('doc').length === 1);
    await settle();
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED} năm 2013`);
    expect(h.storage.committedUpdates('other')).toEqual([]);
    expect(author.socket.framesOf('update')).toEqual([]);
    expect(elsewhere.socket.framesOf('update')).toEqual([]);
  });

  it('[S-SYNC-3] relays the changes of one event-loop turn as one merged frame per connection', async () => {
    const [lan, minh, reader] = [h.connect('doc', 11), h.connect('doc', 12), h.connect('doc', 13)];
    for (const peer of [lan, minh, reader]) await peer.joined();
    for (const peer of [lan, minh, reader]) await peer.syncFromServer();

    lan.type(' A');
    minh.type(' B');
    lan.type(' C');
    for (const peer of [reader, lan, minh]) await peer.receiveUpdate();
    await settle();
    expect(reader.socket.framesOf('update')).toHaveLength(1);
    for (const text of [' A', ' B', ' C']) expect(reader.text).toContain(text);
    // Both typists contributed, so each gets the one merged frame, with the other's change in it.
    expect(lan.socket.framesOf('update')).toHaveLength(1);
    expect(lan.text).toBe(reader.text);
    expect(minh.text).toBe(reader.text);
    await h.storage.until(() => h.storage.committedUpdates('doc').length === 3);
  });

  it('[S-SYNC-3] relays at once after a quiet spell, and gathers what arrives within the relay interval into one frame', async () => {
    await h.close();
    // 3 members at 10 frames a second: an interval of 300 ms, far longer than the test's own turns.
    h = new SyncHarness({ relayFramesPerSecond: 10 });
    await h.storage.seed('doc', textUpdate(1, SEED));
    const [lan, minh, reader] = [h.connect('doc', 11), h.connect('doc', 12), h.connect('doc', 13)];
    for (const peer of [lan, minh, reader]) await peer.joined();
    for (const peer of [lan, minh, reader]) await peer.syncFromServer();

    lan.type(' A');
    await reader.receiveUpdate();
    minh.type(' B');
    await settle();
    lan.type(' C');
    await settle();
    expect(reader.socket.framesOf('update')).toHaveLength(1);

    await reader.receiveUpdate();
    expect(reader.socket.framesOf('update')).toHaveLength(2);
    for (const text of [' A', ' B', ' C']) expect(reader.text).toContain(text);
  });

  it('[S-SYNC-3] relays and stores the sync step 2 a client sends in answer to the server’s step 1', async () => {
    const offline = h.connect('doc', 11);
    const reader = h.connect('doc', 12);
    await reader.joined();
    Y.applyUpdate(offline.doc, textUpdate(1, SEED));
    offline.change((t) => t.insert(t.length, ', sửa đổi ngoại tuyến'));

    const serverStateVector = await offline.joined();
    offline.send(encodeSyncStep2(Y.encodeStateAsUpdate(offline.doc, serverStateVector)));

    await reader.syncFromServer();
    await reader.receiveUpdate();
    expect(reader.text).toBe(`${SEED}, sửa đổi ngoại tuyến`);
    await h.storage.until(() => h.storage.commits.length === 1);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}, sửa đổi ngoại tuyến`);
  });

  it('[S-SYNC-3] neither relays nor stores an update the document already holds', async () => {
    const author = h.connect('doc', 11);
    const echo = h.connect('doc', 12);
    const reader = h.connect('doc', 13);
    for (const peer of [author, echo, reader]) await peer.joined();

    const first = author.type('!');
    await reader.receiveUpdate();
    echo.send(encodeUpdate(first));
    const second = echo.change((t) => t.insert(0, '§ '));
    echo.send(encodeUpdate(second));

    // The next frame the reader gets is the second change: the repeated first one was not relayed.
    const relayed = await reader.receiveUpdate();
    expect(Y.parseUpdateMeta(relayed).to).toEqual(new Map([[12, 2]]));
    await h.storage.until(() => h.storage.committedUpdates('doc').length === 2);
    expect(h.storage.committedUpdates('doc').map((u) => [...Y.parseUpdateMeta(u).to.keys()])).toEqual([[11], [12]]);
  });

  it('[S-ACK-3] commits changes that arrive together for several documents in one storage transaction', async () => {
    const a = h.connect('doc', 11);
    const b = h.connect('other', 12);
    await a.joined();
    await b.joined();
    a.type('a');
    b.type('b');
    await h.storage.until(() => h.storage.commits.length === 1);
    expect(h.storage.appendAttempts).toHaveLength(1);
    expect(h.storage.appendAttempts[0]?.updates.map((u) => u.documentId)).toEqual(['doc', 'other']);
  });
});

describe('[S-SYNC-2] an update that does not decode', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(() => h.close());

  it.each([
    ['an update', (update: Uint8Array) => encodeUpdate(update)],
    ['a sync step 2', (update: Uint8Array) => encodeSyncStep2(update)],
  ])('sent as %s closes only that connection with 4422 and leaves the document and storage untouched', async (_, frame) => {
    const offender = h.connect('doc', 11);
    const bystander = h.connect('doc', 12);
    const reader = h.connect('doc', 13);
    for (const peer of [offender, bystander, reader]) await peer.joined();
    await reader.syncFromServer();

    offender.send(frame(truncatedUpdate(66)));
    expect(await offender.socket.closed).toEqual({
      code: CloseCode.InvalidUpdate,
      reason: closeReasons[CloseCode.InvalidUpdate],
    });

    // The others go on: an edit of the bystander reaches the reader, and only that edit is stored.
    bystander.type('!');
    await reader.receiveUpdate();
    expect(reader.text).toBe(`${SEED}!`);
    await h.storage.until(() => h.storage.commits.length === 1);
    expect(h.storage.committedUpdates('doc').map((u) => [...Y.parseUpdateMeta(u).to.keys()])).toEqual([[12]]);

    const newcomer = h.connect('doc', 14);
    await newcomer.syncFromServer();
    expect(newcomer.text).toBe(`${SEED}!`);
    expect(Y.decodeStateVector(Y.encodeStateVector(newcomer.doc)).has(66)).toBe(false);
    expect(bystander.socket.closeEvent).toBeUndefined();
    expect(reader.socket.framesOf('update')).toHaveLength(1);
  });

  it('that is not a Yjs update at all closes the connection with 4422', async () => {
    const offender = h.connect('doc', 11);
    offender.send(encodeUpdate(new Uint8Array([0xff, 0xff, 0xff])));
    expect((await offender.socket.closed).code).toBe(CloseCode.InvalidUpdate);
    expect(h.storage.appendAttempts).toEqual([]);
  });
});

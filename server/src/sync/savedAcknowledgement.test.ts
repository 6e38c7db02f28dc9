import {
  CloseCode,
  closeReasons,
  encodeAwareness,
  encodeQueryAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MessageType,
} from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SyncHarness } from './testing/syncHarness.js';
import { type TestPeer, textOf, textUpdate, truncatedUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Nghị quyết';
const WRITE_FAILED = 'storage write failed; keeping updates in memory and retrying';

describe('Saved acknowledgements', () => {
  let h: SyncHarness;
  const awarenesses: awarenessProtocol.Awareness[] = [];

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(async () => {
    for (const awareness of awarenesses.splice(0)) awareness.destroy();
    await h.close();
  });

  /** Connects a Văn Kiện client (one that sends Hello) and takes the Saved(0) that answers its Hello. */
  async function connectWithHello(clientId: number): Promise<TestPeer> {
    const peer = h.connect('doc', clientId);
    peer.hello();
    expect(await peer.nextSaved()).toBe(0);
    return peer;
  }

  /** An awareness frame announcing `peer`'s user, as y-websocket sends one. */
  function awarenessFrame(peer: TestPeer): Uint8Array {
    const awareness = new awarenessProtocol.Awareness(peer.doc);
    awarenesses.push(awareness);
    awareness.setLocalState({ user: { name: `người ${peer.clientId}` } });
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  }

  it('[S-ACK-1] sends Saved(1) for the first update frame only once its change is committed', async () => {
    const peer = await connectWithHello(11);
    const commit = h.storage.holdNextAppend();

    peer.type('abc');
    await commit.arrived;
    await settle();
    expect(peer.savedCounts).toEqual([0]);

    commit.open();
    expect(await peer.nextSaved()).toBe(1);
    expect(h.storage.commits).toHaveLength(1);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}abc`);
  });

  it('[S-ACK-1] acknowledges only once every change received before the update frame is committed, another connection’s included', async () => {
    const writer = h.connect('doc', 12);
    const peer = await connectWithHello(11);
    const writersCommit = h.storage.holdNextAppend();

    writer.type('x');
    await writersCommit.arrived;
    // The peer sends back everything it has, the writer's pending change included: nothing new to store.
    await peer.syncFromServer();
    await peer.receiveUpdate();
    peer.send(encodeSyncStep2(Y.encodeStateAsUpdate(peer.doc)));
    await settle();
    expect(peer.savedCounts).toEqual([0]);

    writersCommit.open();
    expect(await peer.nextSaved()).toBe(1);
    expect(h.storage.appendAttempts).toHaveLength(1);
  });

  it('[S-ACK-1] waits for the commit of its own update queued behind another one', async () => {
    const writer = h.connect('doc', 12);
    const peer = await connectWithHello(11);
    const first = h.storage.holdNextAppend();
    writer.type('x');
    await first.arrived;
    const second = h.storage.holdNextAppend();
    peer.type('y');

    first.open();
    await second.arrived;
    await settle();
    expect(peer.savedCounts).toEqual([0]);

    second.open();
    expect(await peer.nextSaved()).toBe(1);
  });

  it('[S-ACK-1] answers every update frame with one Saved, counting up without gaps or repeats', async () => {
    const peer = await connectWithHello(11);
    for (const text of ['m', 'ộ', 't', ' ', 'h']) peer.type(text);
    await h.storage.until(() => h.storage.committedUpdates('doc').length === 5);
    for (let n = 1; n <= 5; n++) expect(await peer.nextSaved()).toBe(n);
    await settle();
    expect(peer.savedCounts).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('[P-EXT-3] counts sync step 2 and update frames, but not sync step 1, awareness, QueryAwareness or Hello frames', async () => {
    const peer = await connectWithHello(11);
    await peer.syncFromServer();
    peer.send(awarenessFrame(peer));
    peer.send(encodeQueryAwareness());
    await peer.socket.nextFrame('awareness');
    await settle();
    expect(peer.savedCounts).toEqual([0]);

    peer.type('a');
    expect(await peer.nextSaved()).toBe(1);

    const offline = peer.change((t) => t.insert(0, 'b'));
    peer.send(encodeSyncStep2(offline));
    expect(await peer.nextSaved()).toBe(2);

    peer.send(encodeSyncStep1(Y.encodeStateVector(peer.doc)));
    await peer.socket.nextFrame('syncStep2');
    peer.send(encodeQueryAwareness());
    peer.hello();
    // The second Hello is answered with the count so far: Hello itself is not an update frame.
    expect(await peer.nextSaved()).toBe(2);

    peer.type('c');
    expect(await peer.nextSaved()).toBe(3);
    expect(peer.savedCounts).toEqual([0, 1, 2, 2, 3]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`b${SEED}ac`);
  });

  it('[P-EXT-3] counts an update frame that brings nothing new, acknowledging it without storing anything', async () => {
    const peer = await connectWithHello(11);
    const update = peer.type('abc');
    expect(await peer.nextSaved()).toBe(1);

    peer.send(encodeUpdate(update));
    peer.send(encodeSyncStep2(Y.encodeStateAsUpdate(peer.doc)));
    expect(await peer.nextSaved()).toBe(2);
    expect(await peer.nextSaved()).toBe(3);
    expect(h.storage.appendAttempts).toHaveLength(1);
  });

  it('[P-EXT-3] acknowledges a deletion-only update, which advances no Yjs clock, with the incremented count once the deletion is committed', async () => {
    const peer = await connectWithHello(11);
    await peer.syncFromServer();
    peer.type(' số 5');
    expect(await peer.nextSaved()).toBe(1);
    const stateBefore = Y.encodeStateVector(peer.doc);

    const commit = h.storage.holdNextAppend();
    // Deletes characters of the seed, written by another client.
    const deletion = peer.change((t) => t.delete(0, 6));
    expect(Y.decodeUpdate(deletion).structs).toEqual([]);
    expect(Y.encodeStateVector(peer.doc)).toEqual(stateBefore);
    peer.send(encodeUpdate(deletion));
    await commit.arrived;
    await settle();
    expect(peer.savedCounts).toEqual([0, 1]);

    commit.open();
    expect(await peer.nextSaved()).toBe(2);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED.slice(6)} số 5`);
  });

  it('[P-EXT-3] counts per connection: another connection’s update frames do not count, and a new connection starts again from 0', async () => {
    const lan = await connectWithHello(11);
    const minh = await connectWithHello(12);
    lan.type('a');
    minh.type('b');
    lan.type('c');
    expect(await lan.nextSaved()).toBe(1);
    expect(await lan.nextSaved()).toBe(2);
    expect(await minh.nextSaved()).toBe(1);
    await settle();
    expect(lan.savedCounts).toEqual([0, 1, 2]);
    expect(minh.savedCounts).toEqual([0, 1]);

    lan.leave();
    const lanAgain = h.connect('doc', 11);
    lanAgain.hello();
    expect(await lanAgain.nextSaved()).toBe(0);
    lanAgain.type('d');
    expect(await lanAgain.nextSaved()).toBe(1);
  });

  it('[P-EXT-3] does not count an update frame refused as invalid, which closes the connection without a Saved', async () => {
    const peer = await connectWithHello(11);
    peer.type('a');
    expect(await peer.nextSaved()).toBe(1);

    peer.send(encodeUpdate(truncatedUpdate(11)));
    expect((await peer.socket.closed).code).toBe(CloseCode.InvalidUpdate);
    await settle();
    expect(peer.savedCounts).toEqual([0, 1]);
    expect(peer.socket.sentAfterClose).toEqual([]);
  });

  it.each([
    ['an insertion after characters', (t: Y.Text) => t.insert(3, 'def'), `${SEED}abcdef`],
    ['a deletion of characters', (t: Y.Text) => t.delete(1, 1), `${SEED}ac`],
  ])(
    '[P-EXT-3][S-ACK-1] stores %s the server does not have yet (Yjs keeps it pending) as it came, before acknowledging it',
    async (_, edit, storedText) => {
      const peer = await connectWithHello(11);
      const earlier = peer.change((t) => t.insert(0, 'abc'));
      const later = peer.change(edit);

      // The later change arrives first (say the earlier frame was lost with the previous socket).
      const laterCommit = h.storage.holdNextAppend();
      peer.send(encodeUpdate(later));
      await laterCommit.arrived;
      await settle();
      // Saved(1) would claim a change that is in no storage.
      expect(peer.savedCounts).toEqual([0]);
      laterCommit.open();
      expect(await peer.nextSaved()).toBe(1);

      peer.send(encodeSyncStep2(earlier));
      expect(await peer.nextSaved()).toBe(2);
      expect(textOf(await h.storage.storedDoc('doc'))).toBe(storedText);
    },
  );

  it('[P-EXT-1] never sends Saved or any frame of type 100 or above to a connection that sent no Hello', async () => {
    const stock = h.connect('doc', 11);
    const other = await connectWithHello(12);
    await stock.syncFromServer();
    stock.send(awarenessFrame(stock));
    stock.send(encodeQueryAwareness());
    stock.type('a');
    stock.send(encodeSyncStep2(Y.encodeStateAsUpdate(stock.doc)));
    other.type('b');

    await h.storage.until(() => h.storage.committedUpdates('doc').length === 2);
    expect(await other.nextSaved()).toBe(1);
    await settle();
    expect(stock.socket.sent.length).toBeGreaterThan(0);
    expect(stock.socket.sent.filter((s) => s.type >= MessageType.Hello)).toEqual([]);
    expect(stock.socket.closeEvent).toBeUndefined();
  });

  it('[S-ACK-2] answers Hello with the count of the update frames the connection sent before it, once they are committed', async () => {
    const peer = h.connect('doc', 11);
    await peer.joined();
    const commit = h.storage.holdNextAppend();
    peer.send(encodeSyncStep2(peer.change((t) => t.insert(0, 'a'))));
    peer.type('b');
    peer.send(encodeSyncStep1(Y.encodeStateVector(peer.doc)));
    peer.type('c');
    await commit.arrived;

    peer.hello();
    await settle();
    expect(peer.savedCounts).toEqual([]);

    commit.open();
    expect(await peer.nextSaved()).toBe(3);
    // No Saved for the frames before Hello, only the one answer to it [P-EXT-1].
    expect(peer.savedCounts).toEqual([3]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}abc`);

    peer.type('d');
    expect(await peer.nextSaved()).toBe(4);
  });

  it('[S-ACK-2] answers Hello with Saved(0) on a freshly loaded document', async () => {
    const peer = h.connect('doc', 11);
    peer.hello();
    expect(await peer.nextSaved()).toBe(0);
    expect(peer.socket.kinds).toEqual(['syncStep1', 'saved']);
  });

  it('[S-ACK-2] answers Hello with Saved(0) after a reconnect, whatever the previous connection sent', async () => {
    const before = h.connect('doc', 11);
    before.hello();
    before.type('abcd');
    before.type('e');
    await before.nextSaved();
    await before.nextSaved();
    expect(await before.nextSaved()).toBe(2);
    before.leave();

    const after = h.connect('doc', 11);
    after.hello();
    expect(await after.nextSaved()).toBe(0);
  });

  it('[S-ACK-2] holds the answer to Hello until the changes received before it, from any connection, are committed', async () => {
    const writer = h.connect('doc', 12);
    await writer.joined();
    const commit = h.storage.holdNextAppend();
    writer.type('xy');
    await commit.arrived;

    const returning = h.connect('doc', 11);
    await returning.joined();
    returning.hello();
    await settle();
    expect(returning.savedCounts).toEqual([]);

    commit.open();
    expect(await returning.nextSaved()).toBe(0);
  });

  it('[P-EXT-2] closes with 4400 a Hello whose protocol version the server does not speak, and sends no Saved', async () => {
    const peer = h.connect('doc', 11);
    peer.type('a');
    peer.hello(2);
    expect(await peer.socket.closed).toEqual({
      code: CloseCode.MalformedMessage,
      reason: closeReasons[CloseCode.MalformedMessage],
    });
    await settle();
    expect(peer.savedCounts).toEqual([]);
    expect(peer.socket.sentAfterClose).toEqual([]);
  });

  it('[S-ACK-4] withholds Saved while commits fail, logs and retries them, then acknowledges; the change is served meanwhile', async () => {
    const peer = await connectWithHello(11);
    const reader = h.connect('doc', 12);
    await reader.syncFromServer();
    h.storage.failNextAppends(2);
    const thirdAttempt = h.storage.holdNextAppend();

    peer.type('abc');
    await thirdAttempt.arrived;
    await settle();
    expect(h.logs.withMessage(WRITE_FAILED).map((e) => e.level)).toEqual(['error', 'error']);
    expect(peer.savedCounts).toEqual([0]);
    // Kept in memory: relayed, and part of what a newcomer gets, before it is durable.
    await reader.receiveUpdate();
    expect(reader.text).toBe(`${SEED}abc`);
    const newcomer = h.connect('doc', 13);
    await newcomer.syncFromServer();
    expect(newcomer.text).toBe(`${SEED}abc`);

    thirdAttempt.open();
    expect(await peer.nextSaved()).toBe(1);
    expect(h.storage.committedUpdates('doc')).toHaveLength(1);
    expect(peer.socket.closeEvent).toBeUndefined();
  });
});

import { CloseCode, closeReasons, MessageType } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncHarness } from './testing/syncHarness.js';
import { textOf, textUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Thông tư';
const WRITE_FAILED = 'storage write failed; keeping updates in memory and retrying';
const SHUTTING_DOWN = { code: CloseCode.ServerShuttingDown, reason: closeReasons[CloseCode.ServerShuttingDown] };

describe('[S-SHUTDOWN-1] shutting down', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
    await h.storage.seed('other');
  });

  afterEach(() => h.close());

  it('keeps open connections open until every pending change is committed, refusing new ones with 4503 meanwhile, then closes them with 4503', async () => {
    const writer = h.connect('doc', 11);
    const elsewhere = h.connect('other', 12);
    await writer.joined();
    await elsewhere.joined();
    const commit = h.storage.holdNextAppend();
    writer.type(' số 12');
    await commit.arrived;

    let resolved = false;
    const closing = h.server.close().then(() => (resolved = true));
    const newcomer = h.connect('doc', 13);
    expect(newcomer.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    await settle();
    expect(writer.socket.closeCalls).toEqual([]);
    expect(elsewhere.socket.closeCalls).toEqual([]);
    expect(resolved).toBe(false);

    commit.open();
    await closing;
    expect(writer.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    expect(elsewhere.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED} số 12`);
    expect(h.server.loadedDocumentIds).toEqual([]);
    expect(h.server.connectionCount).toBe(0);
    expect(writer.socket.sentAfterClose).toEqual([]);
    expect(newcomer.socket.sent).toEqual([]);
  });

  it('sends each Hello’d connection the Saved for its pending changes before closing it with 4503, and no extension frame to a stock one', async () => {
    const lan = h.connect('doc', 11);
    const minh = h.connect('doc', 12);
    const stock = h.connect('doc', 13);
    lan.hello();
    minh.hello();
    expect(await lan.nextSaved()).toBe(0);
    expect(await minh.nextSaved()).toBe(0);
    await stock.joined();
    const commit = h.storage.holdNextAppend();
    lan.type('a');
    lan.type('b');
    minh.type('c');
    stock.type('d');
    await commit.arrived;

    const closing = h.server.close();
    await settle();
    expect(lan.savedCounts).toEqual([0]);
    expect(lan.socket.closeCalls).toEqual([]);

    commit.open();
    await closing;
    // `sent` only records frames sent while the socket was open: these Saved came before the close.
    expect(lan.savedCounts).toEqual([0, 1, 2]);
    expect(minh.savedCounts).toEqual([0, 1]);
    for (const peer of [lan, minh, stock]) {
      expect(peer.socket.closeCalls).toEqual([SHUTTING_DOWN]);
      expect(peer.socket.sentAfterClose).toEqual([]);
    }
    expect(lan.socket.kinds.at(-1)).toBe('saved');
    expect(stock.socket.sent.filter((f) => f.type >= MessageType.Hello)).toEqual([]);
    expect(h.storage.committedUpdates('doc')).toHaveLength(4);
  });

  it('commits and compacts a change that arrives after the last Saved but before the close, sending nothing after the close', async () => {
    const writer = h.connect('doc', 11);
    writer.hello();
    expect(await writer.nextSaved()).toBe(0);
    writer.type(' a');

    const closing = h.server.close();
    // The client types again the moment its Saved arrives, before the server closes the socket.
    const typedAfterSaved = writer.nextSaved().then((count) => {
      writer.type(' b');
      return count;
    });
    expect(await typedAfterSaved).toBe(1);
    await closing;

    expect(writer.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    expect(writer.socket.sentAfterClose).toEqual([]);
    // Whether the late change is acknowledged depends on when it arrived; it is never acknowledged wrongly.
    expect([
      [0, 1],
      [0, 1, 2],
    ]).toContainEqual(writer.savedCounts);
    expect(h.storage.committedUpdates('doc')).toHaveLength(2);
    const lastSeq = Math.max(...h.storage.commits.flatMap((c) => c.seqs ?? []));
    expect(h.storage.compactions.map((c) => [c.documentId, c.throughSeq])).toEqual([['doc', lastSeq]]);
    const stored = await h.storage.peekContent('doc');
    expect(stored.updates).toEqual([]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED} a b`);
  });

  it('keeps retrying a failing commit, keeping the connection open, and sends its Saved and closes once it succeeds', async () => {
    const writer = h.connect('doc', 11);
    writer.hello();
    expect(await writer.nextSaved()).toBe(0);
    h.storage.failNextAppends(3);
    writer.type('!');

    const closing = h.server.close();
    await h.logs.logged(WRITE_FAILED, 3);
    expect(writer.socket.closeCalls).toEqual([]);
    await closing;
    expect(h.storage.appendAttempts.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'done']);
    expect(writer.savedCounts).toEqual([0, 1]);
    expect(writer.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}!`);
  });

  it('compacts the documents it unloads', async () => {
    const writer = h.connect('doc', 11);
    await writer.joined();
    writer.type('!');
    await h.server.close();
    const stored = await h.storage.peekContent('doc');
    expect(stored.updates).toEqual([]);
    expect(h.storage.compactions.map((c) => c.documentId)).toEqual(['doc']);
  });

  it('refuses connections that arrive after close() with 4503, without loading or sending anything', async () => {
    await h.server.close();
    const late = h.connect('doc', 13);
    late.hello();
    expect(late.socket.closeCalls).toEqual([SHUTTING_DOWN]);
    await settle();
    expect(late.socket.sent).toEqual([]);
    expect(h.storage.loads).toEqual([]);
    expect(h.server.connectionCount).toBe(0);
  });

  it('closes with 4503 a connection whose document is still loading, which then receives nothing', async () => {
    const load = h.storage.holdNextLoad();
    const peer = h.connect('doc', 11);
    await load.arrived;
    await h.server.close();
    expect(peer.socket.closeCalls).toEqual([SHUTTING_DOWN]);

    load.open();
    await settle();
    expect(peer.socket.sent).toEqual([]);
    expect(peer.socket.sentAfterClose).toEqual([]);
  });
});

import { encodeUpdate } from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SyncHarness } from './testing/syncHarness.js';
import { textOf, textUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Bộ luật Dân sự';
const GRACE_MS = 1000;
const UNLOADED = 'document unloaded';
const COMPACTION_FAILED = 'compaction before unload failed; keeping document in memory';

/**
 * Only the timers of the grace period (and of write retries) are faked, so the test decides when
 * the grace period is over; commits, which wait for `setImmediate`, run as usual.
 */
describe('documents in memory', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    h = new SyncHarness({ unloadGraceMs: GRACE_MS, writeRetryDelayMs: 1 });
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(async () => {
    // Fire whatever a failed test left scheduled (a write retry, say), so the shutdown can commit.
    h.storage.releaseAll();
    await vi.runOnlyPendingTimersAsync();
    vi.useRealTimers();
    await h.close();
  });

  it('[S-UNLOAD-1] unloads a document unloadGraceMs after its last connection left, compacting it first', async () => {
    const writer = h.connect('doc', 11);
    const reader = h.connect('doc', 12);
    await reader.joined();
    writer.type(', sửa đổi 2015');
    await h.storage.until(() => h.storage.commits.length === 1);

    writer.leave();
    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);

    reader.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    await h.logs.logged(UNLOADED);
    expect(h.server.loadedDocumentIds).toEqual([]);
    const messages = h.logs.entries.map((e) => e.msg);
    expect(messages.lastIndexOf('document compacted')).toBeLessThan(messages.indexOf(UNLOADED));
    const stored = await h.storage.peekContent('doc');
    expect(stored.updates).toEqual([]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}, sửa đổi 2015`);

    const returning = h.connect('doc', 13);
    await returning.syncFromServer();
    expect(returning.text).toBe(`${SEED}, sửa đổi 2015`);
    expect(h.storage.loads).toEqual(['doc', 'doc']);
  });

  it('[S-UNLOAD-1] keeps a document that a connection reopens within the grace period', async () => {
    const first = h.connect('doc', 11);
    await first.joined();
    first.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS / 2);

    const second = h.connect('doc', 12);
    await second.joined();
    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    expect(h.storage.loads).toEqual(['doc']);
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);
    expect(h.storage.compactionAttempts).toEqual([]);

    second.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(UNLOADED);
    expect(h.server.loadedDocumentIds).toEqual([]);
  });

  it('[S-UNLOAD-1] keeps a document that a connection reopens while its unload is compacting it', async () => {
    const first = h.connect('doc', 11);
    await first.joined();
    first.type('!');
    await h.storage.until(() => h.storage.commits.length === 1);
    const compaction = h.storage.holdNextCompaction();
    first.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await compaction.arrived;

    const second = h.connect('doc', 12);
    await second.joined();
    compaction.open();
    await h.storage.until(() => h.storage.compactions.length === 1);
    await settle();
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);

    // Still the same document in memory: served without a reload, and changes still go to storage.
    second.type('?');
    await h.storage.until(() => h.storage.commits.length === 2);
    await second.syncFromServer();
    expect(second.text).toBe(`${SEED}!?`);
    expect(h.storage.loads).toEqual(['doc']);
  });

  it('[S-UNLOAD-1] neither compacts nor unloads a document while it has connections', async () => {
    const peer = h.connect('doc', 11);
    await peer.joined();
    peer.type('!');
    await h.storage.until(() => h.storage.commits.length === 1);

    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    // The log holds 2 updates, far below compactAfterUpdates: nothing calls for a snapshot yet.
    expect(h.storage.compactionAttempts).toEqual([]);
  });

  it('[S-UNLOAD-1] does not rewrite the snapshot of a document that was not changed since it was last compacted', async () => {
    const first = h.connect('doc', 11);
    await first.joined();
    first.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(UNLOADED);
    expect(h.storage.compactions).toHaveLength(1);

    const second = h.connect('doc', 12);
    await second.syncFromServer();
    expect(second.text).toBe(SEED);
    second.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(UNLOADED, 2);
    expect(h.storage.compactionAttempts).toHaveLength(1);
  });

  it('[S-UNLOAD-1][S-ACK-4] keeps a document in memory past the grace period while its change fails to commit', async () => {
    const peer = h.connect('doc', 11);
    await peer.joined();
    h.storage.failNextAppends(2);
    const thirdAttempt = h.storage.holdNextAppend();
    peer.type(' (hợp nhất)');
    peer.leave();

    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await thirdAttempt.arrived;
    await settle();
    expect(h.logs.withMessage('storage write failed; keeping updates in memory and retrying')).toHaveLength(2);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    expect(h.storage.compactionAttempts).toEqual([]);

    thirdAttempt.open();
    await h.logs.logged(UNLOADED);
    expect(h.server.loadedDocumentIds).toEqual([]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED} (hợp nhất)`);
  });

  it('[S-UNLOAD-1] tries a failed compaction again after each further grace period, unloading the document once it works', async () => {
    const peer = h.connect('doc', 11);
    await peer.joined();
    peer.type('!');
    await h.storage.until(() => h.storage.commits.length === 1);
    h.storage.failNextCompactions(2);
    peer.leave();
    const outcomes = () => h.storage.compactionAttempts.map((c) => c.outcome);

    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(COMPACTION_FAILED);
    expect(outcomes()).toEqual(['failed']);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);

    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    await settle();
    expect(outcomes()).toEqual(['failed']);

    await vi.advanceTimersByTimeAsync(1);
    await h.logs.logged(COMPACTION_FAILED, 2);
    expect(outcomes()).toEqual(['failed', 'failed']);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);

    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    await settle();
    expect(outcomes()).toEqual(['failed', 'failed']);
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);

    // Storage works again; the document must not stay in memory for good.
    await vi.advanceTimersByTimeAsync(1);
    await h.logs.logged(UNLOADED);
    expect(outcomes()).toEqual(['failed', 'failed', 'done']);
    expect(h.server.loadedDocumentIds).toEqual([]);
    expect((await h.storage.peekContent('doc')).updates).toEqual([]);
    expect(textOf(await h.storage.storedDoc('doc'))).toBe(`${SEED}!`);
  });

  it('[S-UNLOAD-1] does not retry a failed compaction while a connection that arrived afterwards is open', async () => {
    const first = h.connect('doc', 11);
    await first.joined();
    first.type('!');
    await h.storage.until(() => h.storage.commits.length === 1);
    h.storage.failNextCompactions(1);
    first.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(COMPACTION_FAILED);

    const second = h.connect('doc', 12);
    await second.syncFromServer();
    expect(second.text).toBe(`${SEED}!`);
    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await settle();
    expect(h.storage.compactionAttempts).toHaveLength(1);
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    expect(h.storage.loads).toEqual(['doc']);

    second.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(UNLOADED);
    expect(h.storage.compactionAttempts.map((c) => c.outcome)).toEqual(['failed', 'done']);
  });

  it('[S-UNLOAD-1] starts no grace period when a document finishes loading for connections that wait on it', async () => {
    const load = h.storage.holdNextLoad();
    const first = h.connect('doc', 11);
    const second = h.connect('doc', 12);
    await load.arrived;
    load.open();
    await first.joined();
    await second.joined();
    first.type('!');
    await h.storage.until(() => h.storage.commits.length === 1);

    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    expect(h.storage.compactionAttempts).toEqual([]);
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);

    // Leaving one by one: the grace period starts with the last.
    first.leave();
    await vi.advanceTimersByTimeAsync(10 * GRACE_MS);
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);
    second.leave();
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    await h.logs.logged(UNLOADED);
    expect(h.storage.compactions).toHaveLength(1);
  });

  it('[S-UNLOAD-1] unloads after the grace period a document whose only connection left while it was loading', async () => {
    const load = h.storage.holdNextLoad();
    const peer = h.connect('doc', 11);
    await load.arrived;
    peer.leave();
    load.open();
    await settle();
    expect(h.server.loadedDocumentIds).toEqual(['doc']);

    await vi.advanceTimersByTimeAsync(GRACE_MS - 1);
    await settle();
    expect(h.logs.withMessage(UNLOADED)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await h.logs.logged(UNLOADED);
    expect(h.server.loadedDocumentIds).toEqual([]);
    expect(peer.socket.sent).toEqual([]);
  });
});

describe('[S-COMPACT-1] compaction', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness({ compactAfterUpdates: 5 });
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(() => h.close());

  it('replaces an update log grown past compactAfterUpdates by a snapshot that reproduces the document', async () => {
    const peer = h.connect('doc', 11);
    await peer.syncFromServer();
    peer.hello();
    await peer.socket.nextFrame('saved');
    for (let i = 0; i < 12; i++) {
      if (i === 6) peer.send(encodeUpdate(peer.change((t) => t.delete(0, 4))));
      else peer.type(` ${i}`);
      // Saved follows the commit and whatever compaction it triggered has started.
      await peer.socket.nextFrame('saved');
    }
    await h.storage.until(() => h.storage.compactionAttempts.every((c) => c.outcome !== 'pending'));

    expect(h.storage.compactions.length).toBeGreaterThanOrEqual(2);
    expect(h.storage.compactionAttempts.every((c) => c.outcome === 'done')).toBe(true);
    const stored = await h.storage.peekContent('doc');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(5);

    const reloaded = await h.storage.storedDoc('doc');
    expect(textOf(reloaded)).toBe(peer.text);
    expect(Y.equalSnapshots(Y.snapshot(reloaded), Y.snapshot(peer.doc))).toBe(true);
  });

  it('serves a compacted document to a new connection exactly as before', async () => {
    const peer = h.connect('doc', 11);
    peer.hello();
    await peer.socket.nextFrame('saved');
    for (let i = 0; i < 6; i++) {
      peer.type(String(i));
      await peer.socket.nextFrame('saved');
    }
    await h.storage.until(() => h.storage.compactions.length === 1);

    const newcomer = h.connect('doc', 12);
    await newcomer.syncFromServer();
    expect(newcomer.text).toBe(`${SEED}012345`);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { GatedStorage } from './testing/GatedStorage.js';
import { RecordingLogger } from './testing/RecordingLogger.js';
import { settle } from './testing/waiting.js';
import { WriteQueue } from './WriteQueue.js';

const FAILURE_LOG = 'storage write failed; keeping updates in memory and retrying';
const bytes = (...values: number[]) => new Uint8Array(values);

describe('WriteQueue', () => {
  let storage: GatedStorage;
  let logs: RecordingLogger;
  let queue: WriteQueue;

  beforeEach(() => {
    storage = new GatedStorage();
    logs = new RecordingLogger();
    queue = new WriteQueue({ storage, logger: logs.logger, now: () => 1234, retryDelayMs: 1, maxRetryDelayMs: 4 });
  });

  /** Enqueues the writes and records in `order` the first byte of each update as its promise resolves. */
  function enqueueAll(order: number[], writes: [documentId: string, update: Uint8Array][]): Promise<number>[] {
    return writes.map(([documentId, update]) =>
      queue.enqueue(documentId, update).then((seq) => {
        order.push(update[0]!);
        return seq;
      }),
    );
  }

  it('[S-ACK-3] commits updates enqueued in the same tick, for several documents, in one appendUpdates call', async () => {
    const seqs = await Promise.all([queue.enqueue('a', bytes(1)), queue.enqueue('b', bytes(2)), queue.enqueue('a', bytes(3))]);
    expect(storage.appendAttempts).toHaveLength(1);
    expect(storage.appendAttempts[0]?.updates).toEqual([
      { documentId: 'a', update: bytes(1) },
      { documentId: 'b', update: bytes(2) },
      { documentId: 'a', update: bytes(3) },
    ]);
    expect(seqs).toEqual(storage.appendAttempts[0]?.seqs);
  });

  it('[S-ACK-3] commits everything enqueued during a running commit together in the next one', async () => {
    const gate = storage.holdNextAppend();
    const first = queue.enqueue('a', bytes(1));
    await gate.arrived;
    const later = [queue.enqueue('b', bytes(2)), queue.enqueue('c', bytes(3)), queue.enqueue('a', bytes(4))];
    gate.open();
    await Promise.all([first, ...later]);
    expect(storage.appendAttempts.map((a) => a.updates.map((u) => u.documentId))).toEqual([['a'], ['b', 'c', 'a']]);
  });

  it('resolves every write with its sequence number, in enqueue order, across batches', async () => {
    const order: number[] = [];
    const gate = storage.holdNextAppend();
    const firstBatch = enqueueAll(order, [
      ['a', bytes(1)],
      ['b', bytes(2)],
    ]);
    await gate.arrived;
    const secondBatch = enqueueAll(order, [
      ['a', bytes(3)],
      ['b', bytes(4)],
    ]);
    gate.open();
    const seqs = await Promise.all([...firstBatch, ...secondBatch]);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(seqs).toEqual(storage.commits.flatMap((c) => c.seqs));
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
  });

  it('stamps the commit with the injected clock', async () => {
    await storage.createDocument({ id: 'a', title: 'a', now: 1 });
    await queue.enqueue('a', bytes(1));
    expect((await storage.getDocument('a'))?.updatedAt).toBe(1234);
  });

  it('[S-ACK-4] retries a failed commit with doubling backoff capped at the maximum, logging every failure', async () => {
    storage.failNextAppends(4);
    const seq = await queue.enqueue('a', bytes(1));

    expect(storage.appendAttempts.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'failed', 'done']);
    expect(storage.commits[0]?.seqs).toEqual([seq]);
    const failures = logs.withMessage(FAILURE_LOG);
    expect(failures.map((f) => f.level)).toEqual(['error', 'error', 'error', 'error']);
    expect(failures.map((f) => f.attempt)).toEqual([1, 2, 3, 4]);
    expect(failures.map((f) => f.retryInMs)).toEqual([1, 2, 4, 4]);
    expect(failures[0]).toMatchObject({ updates: 1, err: { message: 'injected append failure' } });
  });

  it('[S-ACK-4] resolves nothing before the failed commit succeeds, and drops nothing', async () => {
    const order: number[] = [];
    storage.failNextAppends(2);
    const successfulAttempt = storage.holdNextAppend();
    const writes = enqueueAll(order, [
      ['a', bytes(1)],
      ['b', bytes(2)],
      ['a', bytes(3)],
    ]);

    await successfulAttempt.arrived;
    await settle();
    expect(logs.withMessage(FAILURE_LOG)).toHaveLength(2);
    expect(order).toEqual([]);

    successfulAttempt.open();
    await Promise.all(writes);
    expect(order).toEqual([1, 2, 3]);
    // The batch that failed is committed whole, once, in its original order.
    expect(storage.commits).toHaveLength(1);
    expect(storage.committedUpdates('a')).toEqual([bytes(1), bytes(3)]);
    expect(storage.committedUpdates('b')).toEqual([bytes(2)]);
  });

  it('[S-ACK-4] keeps what is enqueued during retries for the commit after the retried one', async () => {
    const order: number[] = [];
    storage.failNextAppends(1);
    const retry = storage.holdNextAppend();
    const early = enqueueAll(order, [['a', bytes(1)]]);
    await retry.arrived;
    const late = enqueueAll(order, [['a', bytes(2)]]);
    retry.open();
    await Promise.all([...early, ...late]);
    expect(order).toEqual([1, 2]);
    expect(storage.commits.map((c) => c.updates.map((u) => [...u.update]))).toEqual([[[1]], [[2]]]);
  });

  it('drain() resolves at once when nothing is pending', async () => {
    await queue.drain();
    expect(storage.appendAttempts).toEqual([]);
  });

  it('drain() resolves only once everything enqueued before it is committed, across batches and retries', async () => {
    const firstCommit = storage.holdNextAppend();
    void queue.enqueue('a', bytes(1));
    await firstCommit.arrived;
    void queue.enqueue('b', bytes(2));
    storage.failNextAppends(1);
    const secondCommit = storage.holdNextAppend();

    let drained = false;
    const draining = queue.drain().then(() => (drained = true));
    firstCommit.open();
    await secondCommit.arrived;
    await settle();
    expect(drained).toBe(false);
    expect(storage.committedUpdates('b')).toEqual([]);

    secondCommit.open();
    await draining;
    expect(storage.committedUpdates('a')).toEqual([bytes(1)]);
    expect(storage.committedUpdates('b')).toEqual([bytes(2)]);
    expect(queue.size).toBe(0);
  });

  it('starts a new commit for writes enqueued after the queue went idle', async () => {
    await queue.enqueue('a', bytes(1));
    await queue.drain();
    await queue.enqueue('a', bytes(2));
    expect(storage.commits).toHaveLength(2);
  });
});

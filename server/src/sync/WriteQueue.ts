import type { Logger } from '../logger.js';
import type { Storage } from '../storage/Storage.js';

interface PendingWrite {
  documentId: string;
  update: Uint8Array;
  resolve: (seq: number) => void;
}

export interface WriteQueueOptions {
  storage: Storage;
  logger: Logger;
  now?: () => number;
  /** First retry delay after a failed commit; doubles up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * Group commit [S-ACK-3]: updates enqueued while a commit is running, for any document, go into the
 * next single transaction. A failed commit is retried with backoff and its updates stay queued
 * [S-ACK-4]; promises resolve strictly in enqueue order, so awaiting the latest one means everything
 * enqueued before it is durable.
 */
export class WriteQueue {
  private queued: PendingWrite[] = [];
  private running: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: WriteQueueOptions) {
    this.now = options.now ?? Date.now;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5000;
  }

  /** Resolves with the update's sequence number once it is committed. */
  enqueue(documentId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve) => {
      this.queued.push({ documentId, update, resolve });
      this.running ??= this.run();
    });
  }

  /** Resolves once everything enqueued so far is committed. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  get size(): number {
    return this.queued.length;
  }

  private async run(): Promise<void> {
    // Let the writes of the current event-loop turn join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      const seqs = await this.commitWithRetry(batch);
      for (const [i, write] of batch.entries()) write.resolve(seqs[i]!);
    }
    this.running = undefined;
  }

  private async commitWithRetry(batch: PendingWrite[]): Promise<number[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.options.storage.appendUpdates(batch, this.now());
      } catch (error) {
        const delayMs = Math.min(this.retryDelayMs * 2 ** (attempt - 1), this.maxRetryDelayMs);
        this.options.logger.error(
          { err: error, attempt, updates: batch.length, retryInMs: delayMs },
          'storage write failed; keeping updates in memory and retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }
}

import type { Timers } from '@van-kien/server';

/**
 * `Timers` on a clock the test moves, for a server's automatic versions: nothing runs until
 * `advance` passes a timer's time. (The server's unit tests have their own beside the code.)
 */
export class FakeTimers implements Timers {
  now = 0;
  private nextHandle = 1;
  private readonly pending = new Map<number, { at: number; run: () => void }>();

  setTimeout(run: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, { at: this.now + ms, run });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Timers set and not yet run nor cleared. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Moves the clock by `ms`, running every timer that falls due, in time order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [handle, timer] = due;
      this.pending.delete(handle);
      this.now = timer.at;
      timer.run();
    }
    this.now = until;
  }
}

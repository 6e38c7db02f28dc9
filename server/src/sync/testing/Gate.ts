import { deferred } from './waiting.js';

/**
 * Holds one asynchronous operation until the test lets it go. The operation awaits `pass()`; the
 * test awaits `arrived` to know the operation is blocked there, then calls `open()` or `fail()`.
 */
export class Gate {
  private readonly arrival = deferred();
  private readonly release = deferred();
  /** Resolves once an operation waits at the gate. */
  readonly arrived: Promise<void> = this.arrival.promise;

  constructor() {
    // A gate failed before anything reached it must not count as an unhandled rejection.
    this.release.promise.catch(() => {});
  }

  /** Called by the held operation: resolves when the gate opens, rejects when it fails. */
  pass(): Promise<void> {
    this.arrival.resolve();
    return this.release.promise;
  }

  open(): void {
    this.release.resolve();
  }

  /** Lets the held operation go on by throwing `error`. */
  fail(error: Error = new InjectedFailure('gate failed')): void {
    this.release.reject(error);
  }
}

/** The error every injected storage fault throws, so tests and logs can tell it from a real one. */
export class InjectedFailure extends Error {
  override name = 'InjectedFailure';
}

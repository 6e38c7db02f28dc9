/** A promise together with the functions that settle it. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Lets every callback that is already due run: promise continuations and immediates queued before
 * this call. It is not a delay: no timer is involved, so it is only used before asserting that
 * something has *not* happened at a point the test reached by an event.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A condition on state that changes through events: `until(predicate)` resolves the first time the
 * predicate holds, re-checked on every `changed()`. No polling.
 */
export class Condition {
  private waiters: { predicate: () => boolean; resolve: () => void }[] = [];

  until(predicate: () => boolean): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  changed(): void {
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.predicate()) return true;
      waiter.resolve();
      return false;
    });
  }
}

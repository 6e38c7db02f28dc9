import { performance } from 'node:perf_hooks';

/**
 * Calls `act` at the arrivals of a Poisson process of `ratePerSecond` (exponential gaps, as
 * independent typists produce) until `stopAt` (a `performance.now()` time). Resolves when done.
 */
export function poissonArrivals(ratePerSecond: number, stopAt: number, act: () => void, random: () => number): Promise<void> {
  return new Promise((resolve) => {
    const next = () => {
      const gapMs = (-Math.log(1 - random()) / ratePerSecond) * 1000;
      if (performance.now() + gapMs >= stopAt) {
        setTimeout(resolve, Math.max(0, stopAt - performance.now()));
        return;
      }
      setTimeout(() => {
        act();
        next();
      }, gapMs);
    };
    next();
  });
}

/**
 * Calls `act(i)` for i = 0 … count-1 at a fixed `ratePerSecond`, each at its scheduled time. A
 * late timer catches up on every step that is due, so the average rate holds even when timers slip.
 */
export function fixedRate(ratePerSecond: number, count: number, act: (index: number) => void): Promise<void> {
  const start = performance.now();
  const intervalMs = 1000 / ratePerSecond;
  let index = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(count, Math.floor((performance.now() - start) / intervalMs) + 1);
      while (index < due) act(index++);
      if (index >= count) {
        resolve();
        return;
      }
      setTimeout(tick, Math.max(0, start + index * intervalMs - performance.now()));
    };
    tick();
  });
}

/**
 * An event-driven wait: `wait` resolves true as soon as `holds()` is true, re-checked each time
 * something that may change it calls `check()`, or false when the deadline passes first (a run
 * that does not converge is reported, never awaited forever).
 */
export class Condition {
  private waiters: (() => void)[] = [];

  constructor(private readonly holds: () => boolean) {}

  check(): void {
    if (this.waiters.length === 0 || !this.holds()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  wait(timeoutMs: number): Promise<boolean> {
    if (this.holds()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(this.holds());
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }
}

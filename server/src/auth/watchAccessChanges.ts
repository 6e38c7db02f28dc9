import type { AccountStore } from '../accounts/AccountStore.js';
import type { Logger } from '../logger.js';

/** Re-check at least this often anyway, so that sessions that merely expired lose their sockets too. */
const RECHECK_ANYWAY_MS = 60_000;

export interface AccessWatchOptions {
  /**
   * The next moment later than `after` at which access changes by itself (a consultation round's
   * deadline), if any; open sockets are re-checked once it has passed.
   */
  nextDeadlineAfter?: (after: number) => Promise<number | undefined>;
  intervalMs?: number;
  now?: () => number;
}

/**
 * Polls the store's access version and calls `onChange` when it moved, whoever changed it (this
 * server's API, the admin CLI, another process), or when a deadline passed, so open sockets are
 * re-checked within about `intervalMs` [S-AUTH-5]. Returns a function that stops it.
 */
export function watchAccessChanges(
  accounts: AccountStore,
  onChange: () => Promise<void>,
  logger: Logger,
  { nextDeadlineAfter, intervalMs = 250, now = Date.now }: AccessWatchOptions = {},
): () => void {
  let known: number | undefined;
  let lastCheck = now();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      try {
        const version = await accounts.getAccessVersion();
        const deadline = await nextDeadlineAfter?.(lastCheck);
        const time = now();
        const deadlinePassed = deadline !== undefined && deadline <= time;
        if ((known !== undefined && version !== known) || deadlinePassed || time - lastCheck >= RECHECK_ANYWAY_MS) {
          lastCheck = time;
          await onChange();
        }
        if (known === undefined) logger.debug({ version }, 'watching for access changes');
        known = version;
      } catch (error) {
        logger.error({ err: error }, 'checking for access changes failed');
      } finally {
        running = false;
      }
    })();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

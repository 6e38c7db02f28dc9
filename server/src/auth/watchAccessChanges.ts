import type { AccountStore } from '../accounts/AccountStore.js';
import type { Logger } from '../logger.js';

/** Re-check at least this often anyway, so that sessions that merely expired lose their sockets too. */
const RECHECK_ANYWAY_MS = 60_000;

/**
 * Polls the store's access version and calls `onChange` when it moved, whoever changed it (this
 * server's API, the admin CLI, another process), so open sockets are re-checked within about
 * `intervalMs` [S-AUTH-5]. Returns a function that stops it.
 */
export function watchAccessChanges(
  accounts: AccountStore,
  onChange: () => Promise<void>,
  logger: Logger,
  intervalMs = 250,
  now: () => number = Date.now,
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
        if ((known !== undefined && version !== known) || now() - lastCheck >= RECHECK_ANYWAY_MS) {
          lastCheck = now();
          await onChange();
        }
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

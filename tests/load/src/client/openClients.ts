import { mapWithConcurrency } from '../measure/concurrency.js';
import { withTimeout } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { BenchClient, type BenchClientOptions } from './BenchClient.js';

export interface ClientRequest {
  documentName: string;
  options?: BenchClientOptions;
}

/** Handshakes in flight at once: enough to be quick, few enough not to look like a storm. */
const CONNECT_CONCURRENCY = 64;
const SYNC_TIMEOUT_MS = 60_000;

/** Opens clients and waits until each completed its first sync, a bounded number at a time. */
export function openClients(
  target: ServerTarget,
  requests: readonly ClientRequest[],
  concurrency = CONNECT_CONCURRENCY,
): Promise<BenchClient[]> {
  return mapWithConcurrency(requests, concurrency, async ({ documentName, options }) => {
    const client = await BenchClient.open(target, documentName, options);
    await withTimeout(client.synced, SYNC_TIMEOUT_MS, `first sync of a client of "${documentName}"`);
    return client;
  });
}

/** Closes every client that is still open. */
export function closeClients(clients: readonly BenchClient[]): void {
  for (const client of clients) if (client.isOpen) client.close();
}

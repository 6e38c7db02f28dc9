import { mapWithConcurrency } from '../measure/concurrency.js';
import type { EditLedger } from '../measure/EditLedger.js';
import { withTimeout } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import type { BenchClientOptions } from './BenchClient.js';
import { Typist } from './Typist.js';

export interface TypistRequest {
  documentName: string;
  clientId: number;
  options?: Omit<BenchClientOptions, 'doc' | 'applyRemote'>;
}

/** Opens typists a bounded number at a time and waits for each one's first sync. */
export function openTypists(target: ServerTarget, requests: readonly TypistRequest[], ledger?: EditLedger): Promise<Typist[]> {
  return mapWithConcurrency(requests, 64, async ({ documentName, clientId, options }) => {
    const typist = await Typist.open(target, documentName, clientId, ledger, options);
    await withTimeout(typist.client.synced, 60_000, `first sync of typist ${clientId}`);
    return typist;
  });
}

import { BenchClient } from '../client/BenchClient.js';
import { Condition } from '../measure/Condition.js';
import { withTimeout } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';

const SEED_TIMEOUT_MS = 300_000;

/**
 * Sends `updates` to a document, one frame each, and resolves once the server holds them: for
 * ours when `Saved` covers them all (durable), for a peer when it answered a sync step 1 sent after
 * them (it handles a socket's messages in order, so they were applied; a graceful stop then stores
 * them). Then closes the socket.
 */
export async function seedDocument(target: ServerTarget, name: string, updates: readonly Uint8Array[]): Promise<void> {
  let saved = 0;
  const durable = new Condition(() => saved >= updates.length);
  const client = await BenchClient.open(target, name, {
    wantSavedAck: true,
    onSaved: (count) => {
      saved = count;
      durable.check();
    },
  });
  await withTimeout(client.synced, SEED_TIMEOUT_MS, `first sync while seeding ${name}`);
  for (const update of updates) client.sendUpdate(update);
  if (target.kind === 'ours') {
    if (!(await durable.wait(SEED_TIMEOUT_MS))) throw new Error(`seeding ${name}: only ${saved} of ${updates.length} updates were saved`);
  } else {
    await withTimeout(client.roundTrip(), SEED_TIMEOUT_MS, `seeding ${name}`);
  }
  client.close();
  await withTimeout(client.closed, SEED_TIMEOUT_MS, `closing the seeding client of ${name}`);
}

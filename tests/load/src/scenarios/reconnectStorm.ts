import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { BenchClient } from '../client/BenchClient.js';
import { closeClients, openClients } from '../client/openClients.js';
import { Condition } from '../measure/Condition.js';
import { mapWithConcurrency } from '../measure/concurrency.js';
import { watchGenerator } from '../measure/GeneratorLoad.js';
import { seededRandom } from '../measure/random.js';
import { percentile } from '../measure/stats.js';
import { delay, withTimeout } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { TEXT_NAME } from '../traces/encodeTrace.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { withServer } from './withServer.js';

const SYNC_TIMEOUT_MS = 30_000;

/** One simulated user: its document, its Y.Doc, and the connection it currently has. */
interface StormUser {
  documentName: string;
  doc: Y.Doc;
  client: BenchClient;
  /** Clocks this user's document must reach (every user of the document after its edits). */
  goal: Map<number, number>;
  reached: Condition;
}

/**
 * Scenario 7: every client drops its socket at once (a network blip or a server-side proxy
 * restart), makes an edit while offline, and reconnects at a random moment within the next second,
 * as real providers with jittered backoff do. A client counts as synced once its document holds
 * every other user's offline edit; the time until the last one is the result.
 */
export const reconnectStorm: Scenario = {
  id: '7',
  title: 'reconnect storm',
  run: (spec, context) => withServer(spec, context, {}, (target) => runStorm(target, context)),
};

async function runStorm(target: ServerTarget, context: ScenarioContext): Promise<ScenarioResult> {
  const { documents, clients, reconnectWithinMs } = context.sizes.reconnectStorm;
  const names = Array.from({ length: documents }, (_, i) => `storm-${i}`);
  await target.createDocuments(names);

  const users: StormUser[] = Array.from({ length: clients }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    return { documentName: names[i % documents]!, doc, client: undefined!, goal: new Map(), reached: undefined! };
  });
  for (const user of users) {
    user.reached = new Condition(() => [...user.goal].every(([id, clock]) => Y.getState(user.doc.store, id) >= clock));
  }
  const optionsFor = (user: StormUser) => ({
    doc: user.doc,
    applyRemote: true,
    answerSyncStep1: true,
    onUpdate: () => user.reached.check(),
  });
  // Each user's local edits go to its current connection, as a provider sends them.
  for (const user of users) {
    user.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'local' && user.client.isOpen) user.client.sendUpdate(update);
    });
  }

  const opened = await openClients(
    target,
    users.map((user) => ({ documentName: user.documentName, options: optionsFor(user) })),
  );
  for (const [i, client] of opened.entries()) users[i]!.client = client;
  // Every user writes a line, so the documents have content from several clients.
  edit(users, 'online');
  await waitAll(users, 'the first lines');

  const started = performance.now();
  for (const user of users) user.client.drop();
  await Promise.all(users.map((user) => withTimeout(user.client.closed, SYNC_TIMEOUT_MS, 'dropping sockets')));
  edit(users, 'offline');
  const random = seededRandom(7);
  const generator = watchGenerator();
  const reconnectedAt = new Array<number>(users.length);
  const syncedAt = new Array<number>(users.length);
  await mapWithConcurrency(users, users.length, async (user, i) => {
    await delay(random() * reconnectWithinMs);
    reconnectedAt[i] = performance.now();
    user.client = await BenchClient.open(target, user.documentName, optionsFor(user));
    const reached = await user.reached.wait(SYNC_TIMEOUT_MS);
    syncedAt[i] = reached ? performance.now() : NaN;
  });
  const load = generator.stop();
  const synced = syncedAt.filter((t) => Number.isFinite(t)).length;
  const converged = names.every((name) => {
    const texts = users.filter((u) => u.documentName === name).map((u) => u.doc.getText(TEXT_NAME).toString());
    return texts.every((t) => t === texts[0]);
  });
  closeClients(users.map((u) => u.client));

  const perClient = syncedAt.map((t, i) => t - reconnectedAt[i]!).filter(Number.isFinite);
  return {
    measurements: [
      { metric: 'time until all synced, from the drop (ms)', value: Math.max(...syncedAt) - started },
      { metric: 'per client, reconnect to synced, p50 (ms)', value: percentile(perClient, 50) },
      { metric: 'per client, reconnect to synced, p99 (ms)', value: percentile(perClient, 99) },
    ],
    checks: [
      {
        label: `${clients} clients over ${documents} documents`,
        delivered: synced,
        expected: clients,
        converged: converged && synced === clients,
        generator: load,
      },
    ],
  };
}

/** Each user appends a line to its document; every user's goal becomes all of its document's clocks. */
function edit(users: readonly StormUser[], phase: string): void {
  for (const user of users) {
    const text = user.doc.getText(TEXT_NAME);
    user.doc.transact(() => text.insert(text.length, `${phase} line of user ${user.doc.clientID}\n`), 'local');
  }
  for (const user of users) {
    for (const other of users) {
      if (other.documentName === user.documentName) user.goal.set(other.doc.clientID, Y.getState(other.doc.store, other.doc.clientID));
    }
  }
}

async function waitAll(users: readonly StormUser[], what: string): Promise<void> {
  const results = await Promise.all(users.map((u) => u.reached.wait(SYNC_TIMEOUT_MS)));
  if (!results.every(Boolean)) throw new Error(`not every client received ${what}`);
}

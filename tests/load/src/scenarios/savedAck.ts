import { performance } from 'node:perf_hooks';
import { closeClients } from '../client/openClients.js';
import { openTypists } from '../client/openTypists.js';
import type { Typist } from '../client/Typist.js';
import { Condition } from '../measure/Condition.js';
import { watchGenerator } from '../measure/GeneratorLoad.js';
import { poissonArrivals } from '../measure/pacing.js';
import { seededRandom } from '../measure/random.js';
import { percentile } from '../measure/stats.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { retryIfSaturated } from './retryIfSaturated.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { withServer } from './withServer.js';

const ACK_TIMEOUT_MS = 60_000;

/**
 * Scenario 6: time from sending an update to its durable acknowledgement. Ours acknowledges with
 * `Saved(n)` once the first n update frames of the connection are committed. Neither peer has a
 * durable acknowledgement: Hocuspocus answers each update with `SyncStatus` once it is applied in
 * memory (its store is debounced: 2 s after the last change, 10 s at most), which is reported as a
 * note; y-websocket acknowledges nothing.
 */
export const savedAck: Scenario = {
  id: '6',
  title: 'saved acknowledgement',
  async run(spec, context) {
    const result: ScenarioResult = { measurements: [], checks: [] };
    for (const rate of context.sizes.savedAck.rates) {
      context.log(`  ${rate} updates/s`);
      const unit = await retryIfSaturated(() => withServer(spec, context, {}, (target) => runSavedAck(target, rate, context)), context.log);
      result.measurements.push(...unit.measurements);
      result.checks.push(...unit.checks);
    }
    return result;
  },
};

async function runSavedAck(target: ServerTarget, rate: number, context: ScenarioContext): Promise<ScenarioResult> {
  const sizes = context.sizes.savedAck;
  const writers = Math.max(1, Math.ceil(rate / sizes.ratePerWriter));
  const names = Array.from({ length: Math.ceil(writers / sizes.writersPerDocument) }, (_, i) => `ack-${i}`);
  await target.createDocuments(names);

  const latencies: number[] = [];
  const sentAt: number[][] = Array.from({ length: writers }, () => []);
  const acked = new Array<number>(writers).fill(0);
  let ackedTotal = 0;
  let sentTotal = 0;
  const allAcked = new Condition(() => ackedTotal >= sentTotal);
  /** Acknowledges writer i's first `count` updates (our `Saved` is cumulative). */
  const acknowledge = (i: number, count: number, at: number) => {
    for (let k = acked[i]!; k < Math.min(count, sentAt[i]!.length); k++) latencies.push(at - sentAt[i]![k]!);
    const now = Math.max(acked[i]!, Math.min(count, sentAt[i]!.length));
    ackedTotal += now - acked[i]!;
    acked[i] = now;
    allAcked.check();
  };
  const typists: Typist[] = await openTypists(
    target,
    Array.from({ length: writers }, (_, i) => ({
      documentName: names[i % names.length]!,
      clientId: 1000 + i,
      options: {
        wantSavedAck: true,
        onSaved: (count: number, at: number) => acknowledge(i, count, at),
        onSyncStatus: (at: number) => acknowledge(i, acked[i]! + 1, at),
      },
    })),
  );

  const generator = watchGenerator();
  const stopAt = performance.now() + sizes.measureSeconds * 1000;
  await Promise.all(
    typists.map((typist, i) =>
      poissonArrivals(
        rate / writers,
        stopAt,
        () => {
          sentAt[i]!.push(performance.now());
          sentTotal++;
          typist.type(false);
        },
        seededRandom(i + 1),
      ),
    ),
  );
  const load = generator.stop();
  const acknowledges = target.kind !== 'y-websocket';
  const complete = acknowledges ? await allAcked.wait(ACK_TIMEOUT_MS) : true;
  closeClients(typists.map((t) => t.client));

  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  const appliedNote = `no durable acknowledgement (store debounced 2–10 s); SyncStatus "applied" p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`;
  const note = target.kind === 'hocuspocus' ? appliedNote : 'no acknowledgement of any kind';
  const durable = target.kind === 'ours';
  return {
    measurements: [
      { metric: `p50 @${rate} updates/s (ms)`, value: durable ? p50 : undefined, ...(!durable && { note }) },
      { metric: `p99 @${rate} updates/s (ms)`, value: durable ? p99 : undefined, ...(!durable && { note }) },
    ],
    checks: [
      {
        label: `${rate} updates/s, ${writers} writers`,
        delivered: acknowledges ? ackedTotal : sentTotal,
        expected: sentTotal,
        converged: complete,
        generator: load,
        ...(!acknowledges && { detail: 'nothing to check: no acknowledgements' }),
      },
    ],
  };
}

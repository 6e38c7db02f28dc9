import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { closeClients, openClients } from '../client/openClients.js';
import { openTypists } from '../client/openTypists.js';
import { checkTypedText } from '../client/typedTextCheck.js';
import { EditLedger } from '../measure/EditLedger.js';
import { watchGenerator } from '../measure/GeneratorLoad.js';
import { poissonArrivals } from '../measure/pacing.js';
import { RssSampler } from '../measure/RssSampler.js';
import { seededRandom } from '../measure/random.js';
import { percentile } from '../measure/stats.js';
import { delay } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { TEXT_NAME } from '../traces/encodeTrace.js';
import { retryIfSaturated } from './retryIfSaturated.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { withServer } from './withServer.js';

const DOCUMENT = 'hot';
const DELIVERY_TIMEOUT_MS = 60_000;

/**
 * Scenario 1: one document, N editors typing at a Poisson rate each, a few observers timing how
 * long each keystroke takes to reach them. A fresh server per N, so CPU and RSS are N's alone.
 */
export const hotDocument: Scenario = {
  id: '1',
  title: 'hot document',
  async run(spec, context) {
    const result: ScenarioResult = { measurements: [], checks: [] };
    for (const editors of context.sizes.hotDocument.editors) {
      context.log(`  ${editors} editors`);
      const unit = await retryIfSaturated(
        () => withServer(spec, context, {}, (target) => runHotDocument(target, editors, context)),
        context.log,
      );
      result.measurements.push(...unit.measurements);
      result.checks.push(...unit.checks);
    }
    return result;
  },
};

async function runHotDocument(target: ServerTarget, editors: number, context: ScenarioContext): Promise<ScenarioResult> {
  const sizes = context.sizes.hotDocument;
  await target.createDocuments([DOCUMENT]);
  const ledger = new EditLedger();
  const observers = await openClients(
    target,
    Array.from({ length: sizes.observers }, () => ({
      documentName: DOCUMENT,
      options: { doc: new Y.Doc(), applyRemote: true, onUpdate: ledger.observer().onUpdate },
    })),
  );
  const typists = await openTypists(
    target,
    Array.from({ length: editors }, (_, i) => ({ documentName: DOCUMENT, clientId: 1000 + i })),
    ledger,
  );

  const start = performance.now();
  const measureFrom = start + sizes.warmupSeconds * 1000;
  const stopAt = measureFrom + sizes.measureSeconds * 1000;
  const typing = Promise.all(
    typists.map((typist, i) =>
      poissonArrivals(sizes.ratePerEditor, stopAt, () => typist.type(performance.now() >= measureFrom), seededRandom(i + 1)),
    ),
  );
  // CPU counts from the first keystroke until every edit reached every observer: a server that
  // falls behind is still working on the backlog after typing stops, and that work is its cost.
  const cpuStart = target.process.cpuMs();
  await delay(measureFrom - performance.now());
  const rss = new RssSampler(target.process.pid);
  const generator = watchGenerator();
  await typing;
  const load = generator.stop();
  const delivered = await ledger.allDelivered(DELIVERY_TIMEOUT_MS);
  const cpuMs = target.process.cpuMs() - cpuStart;
  const peakRss = rss.stop();

  const text = checkTypedText(
    observers.map((o) => o.doc.getText(TEXT_NAME).toString()),
    typists,
  );
  closeClients([...observers, ...typists.map((t) => t.client)]);

  const label = `@${editors} editors`;
  return {
    measurements: [
      { metric: `p50 propagation ${label} (ms)`, value: percentile(ledger.latencies, 50) },
      { metric: `p99 propagation ${label} (ms)`, value: percentile(ledger.latencies, 99) },
      { metric: `server CPU per 1000 inbound updates ${label} (ms)`, value: (cpuMs / ledger.expectedFrom(undefined)) * 1000 },
      { metric: `peak RSS ${label} (MB)`, value: peakRss / 2 ** 20 },
    ],
    checks: [
      {
        label: `${editors} editors`,
        ...ledger.totals(),
        converged: delivered && text.converged,
        generator: load,
        ...(text.detail && { detail: text.detail }),
      },
    ],
  };
}

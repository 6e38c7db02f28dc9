import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { BenchClient } from '../client/BenchClient.js';
import { type ClientRequest, closeClients, openClients } from '../client/openClients.js';
import { openTypists } from '../client/openTypists.js';
import { checkTypedText } from '../client/typedTextCheck.js';
import { EditLedger } from '../measure/EditLedger.js';
import { watchGenerator } from '../measure/GeneratorLoad.js';
import { poissonArrivals } from '../measure/pacing.js';
import { seededRandom } from '../measure/random.js';
import { percentile } from '../measure/stats.js';
import { delay } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { TEXT_NAME } from '../traces/encodeTrace.js';
import { retryIfSaturated } from './retryIfSaturated.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { withServer } from './withServer.js';

/**
 * Scenario 2: many documents, each with a few editors of whom one types. Measures memory per
 * document and what storage costs per update: fsync-like calls (durable writes) and bytes written,
 * counted until the peers' debounced stores have landed.
 */
export const manyDocuments: Scenario = {
  id: '2',
  title: 'many documents',
  run: (spec, context) =>
    retryIfSaturated(
      () =>
        withServer(
          spec,
          context,
          { countFsyncs: true, oursEnv: { UNLOAD_GRACE_MS: String(context.sizes.manyDocuments.unloadGraceMs) } },
          (target) => runManyDocuments(target, context),
        ),
      context.log,
    ),
};

async function runManyDocuments(target: ServerTarget, context: ScenarioContext): Promise<ScenarioResult> {
  const sizes = context.sizes.manyDocuments;
  const names = Array.from({ length: sizes.documents }, (_, i) => `doc-${i}`);
  await target.createDocuments(names);
  const rssBefore = target.process.rssBytes();

  const ledger = new EditLedger();
  const observedNames = names.slice(0, sizes.observedDocuments);
  const observers = await openClients(
    target,
    observedNames.map((documentName, i) => ({
      documentName,
      // Typist i has client id 1000 + i and types in document i.
      options: { doc: new Y.Doc(), applyRemote: true, onUpdate: ledger.observer(new Set([1000 + i])).onUpdate },
    })),
  );
  // The other editors of each document are connected and idle (an observed document has one fewer).
  const idle: ClientRequest[] = names.flatMap((documentName, i) =>
    Array.from({ length: sizes.editorsPerDocument - 1 - (i < observedNames.length ? 1 : 0) }, () => ({ documentName })),
  );
  const idleClients: BenchClient[] = await openClients(target, idle);
  const typists = await openTypists(
    target,
    names.map((documentName, i) => ({ documentName, clientId: 1000 + i })),
    ledger,
  );
  const rssConnected = target.process.rssBytes();

  const cpuStart = target.process.cpuMs();
  const bytesStart = target.process.diskWriteBytes();
  const fsyncsStart = target.process.fsyncs();
  const generator = watchGenerator();
  const stopAt = performance.now() + sizes.measureSeconds * 1000;
  let updates = 0;
  await Promise.all(
    typists.map((typist, i) =>
      poissonArrivals(
        sizes.ratePerTypist,
        stopAt,
        () => {
          updates++;
          typist.type(true);
        },
        seededRandom(i + 1),
      ),
    ),
  );
  const load = generator.stop();
  const rssTyping = target.process.rssBytes();
  await delay(sizes.settleSeconds * 1000);
  const cpuMs = target.process.cpuMs() - cpuStart;
  const bytes = target.process.diskWriteBytes() - bytesStart;
  const fsyncsEnd = target.process.fsyncs();
  const fsyncs = fsyncsStart === undefined || fsyncsEnd === undefined ? undefined : fsyncsEnd - fsyncsStart;

  const delivered = await ledger.allDelivered(60_000);
  const texts = observers.map((observer, i) => checkTypedText([observer.doc.getText(TEXT_NAME).toString()], [typists[i]!]));
  const failed = texts.find((t) => !t.converged);
  closeClients([...observers, ...idleClients, ...typists.map((t) => t.client)]);
  const left = await afterClientsLeft(target, sizes.unloadWaitSeconds);

  const documents = sizes.documents;
  return {
    measurements: [
      { metric: 'RSS per document, its editors connected (KB)', value: (rssConnected - rssBefore) / documents / 1024 },
      { metric: 'RSS per document after typing (KB)', value: (rssTyping - rssBefore) / documents / 1024 },
      {
        metric: 'durable writes (fsync) per update',
        value: fsyncs === undefined ? undefined : fsyncs / updates,
        ...(fsyncs === undefined && { note: 'strace not available' }),
      },
      { metric: 'disk bytes written per update', value: bytes / updates },
      { metric: 'server CPU per 1000 updates (ms)', value: (cpuMs / updates) * 1000 },
      { metric: 'p99 propagation (ms)', value: percentile(ledger.latencies, 99) },
      { metric: 'RSS per document after its clients left (KB)', value: (left.rss - rssBefore) / documents / 1024 },
      {
        metric: 'documents in memory after their clients left',
        value: left.documentsInMemory,
        ...(left.documentsInMemory === undefined && { note: 'the server does not tell' }),
      },
    ],
    checks: [
      {
        label: `${documents} documents × ${sizes.editorsPerDocument}`,
        ...ledger.totals(),
        converged: delivered && !failed,
        generator: load,
        ...(failed?.detail && { detail: failed.detail }),
      },
      ...(left.documentsInMemory === undefined
        ? []
        : [
            {
              label: 'documents let go once their clients left',
              delivered: documents - left.documentsInMemory,
              expected: documents,
              converged: left.documentsInMemory === 0,
            },
          ]),
    ],
  };
}

/**
 * Memory once every client has gone and the server had `waitSeconds` to let its documents go. Our
 * server says how many it still holds, so the wait ends as soon as that is none.
 */
async function afterClientsLeft(
  target: ServerTarget,
  waitSeconds: number,
): Promise<{ rss: number; documentsInMemory: number | undefined }> {
  const until = performance.now() + waitSeconds * 1000;
  let documentsInMemory = await target.documentsInMemory?.();
  while (performance.now() < until && documentsInMemory !== 0) {
    await delay(documentsInMemory === undefined ? until - performance.now() : 100);
    documentsInMemory = await target.documentsInMemory?.();
  }
  return { rss: target.process.rssBytes(), documentsInMemory };
}

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { BenchClient } from '../client/BenchClient.js';
import { closeClients, openClients } from '../client/openClients.js';
import { dirSize } from '../measure/dirSize.js';
import { EditLedger } from '../measure/EditLedger.js';
import { watchGenerator } from '../measure/GeneratorLoad.js';
import { fixedRate } from '../measure/pacing.js';
import { percentile } from '../measure/stats.js';
import { withTimeout } from '../measure/timeout.js';
import type { ServerSpec, ServerTarget } from '../servers/ServerTarget.js';
import { type EncodedTrace, encodeTrace, singlesThenChunks, TEXT_NAME, TRACE_CLIENT_ID } from '../traces/encodeTrace.js';
import { loadTrace, type TraceName } from '../traces/loadTrace.js';
import { retryIfSaturated } from './retryIfSaturated.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { freshDataDir, withServer } from './withServer.js';

const DOCUMENT = 'trace';
const CONVERGE_TIMEOUT_MS = 180_000;

/**
 * Scenario 5: a real typing trace replayed by one writer, one update per edit at a fixed rate, with
 * observers timing each edit; then the rest of the trace in chunks. Every observer must end with
 * the trace's final text. Stored bytes are read after a graceful stop; what the document adds to
 * the same server's empty store is compared with the compacted Yjs state (one `encodeStateAsUpdate`).
 */
export const traceReplay: Scenario = {
  id: '5',
  title: 'trace replay',
  async run(spec, context) {
    const result: ScenarioResult = { measurements: [], checks: [] };
    const emptyStore = await emptyStoreBytes(spec, context);
    for (const name of context.sizes.traceReplay.traces) {
      context.log(`  ${name}`);
      const encoded = encodedFor(name, context);
      const unit = await retryIfSaturated(() => {
        const dataDir = freshDataDir(context, spec.kind);
        return withServer(spec, context, { dataDir }, (target) => runTrace(target, name, encoded, dataDir, emptyStore, context));
      }, context.log);
      result.measurements.push(...unit.measurements);
      result.checks.push(...unit.checks);
    }
    return result;
  },
};

/** Bytes of the server's store with no document in it (schema, accounts): not the document's. */
async function emptyStoreBytes(spec: ServerSpec, context: ScenarioContext): Promise<number> {
  const dataDir = freshDataDir(context, spec.kind);
  try {
    await withServer(spec, context, { dataDir }, async () => undefined);
    return dirSize(join(dataDir, 'data'));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const cache = new Map<string, { encoded: EncodedTrace; paced: number }>();

/** The trace's updates, encoded once per run: `paced` single-edit updates, then chunks. */
function encodedFor(name: TraceName, context: ScenarioContext): { encoded: EncodedTrace; paced: number } {
  const sizes = context.sizes.traceReplay;
  const key = `${name}:${context.sizes.name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const trace = loadTrace(name);
  const txns = sizes.traceTxns ?? trace.txns.length;
  const paced = Math.min(txns, Math.round(sizes.ratePerSecond * sizes.pacedSeconds));
  const encoded = encodeTrace(trace, singlesThenChunks(txns, paced, sizes.chunkTxns));
  if (txns === trace.txns.length && encoded.text !== trace.endContent)
    throw new Error(`replaying ${name} locally did not give its endContent`);
  const entry = { encoded, paced };
  cache.set(key, entry);
  return entry;
}

async function runTrace(
  target: ServerTarget,
  name: TraceName,
  { encoded, paced }: { encoded: EncodedTrace; paced: number },
  dataDir: string,
  emptyStore: number,
  context: ScenarioContext,
): Promise<ScenarioResult> {
  const sizes = context.sizes.traceReplay;
  await target.createDocuments([DOCUMENT]);
  const ledger = new EditLedger();
  const observers = await openClients(
    target,
    Array.from({ length: sizes.observers }, () => ({
      documentName: DOCUMENT,
      options: { doc: new Y.Doc(), applyRemote: true, onUpdate: ledger.observer().onUpdate },
    })),
  );
  const [writer] = await openClients(target, [{ documentName: DOCUMENT }]);
  const send = (index: number, measured: boolean) => {
    const edit = encoded.edits[index]!;
    const sentAt = performance.now();
    writer!.sendUpdate(edit.update);
    if (edit.clockEnd !== undefined) ledger.record(TRACE_CLIENT_ID, edit.clockEnd, sentAt, measured);
  };

  const cpuStart = target.process.cpuMs();
  const generator = watchGenerator();
  await fixedRate(sizes.ratePerSecond, paced, (i) => send(i, true));
  const load = generator.stop();
  const cpuPaced = target.process.cpuMs() - cpuStart;
  for (let i = paced; i < encoded.edits.length; i++) send(i, false);
  const delivered = await ledger.allDelivered(CONVERGE_TIMEOUT_MS);
  const cpuTotal = target.process.cpuMs() - cpuStart;
  const converged = observers.every((o) => o.doc.getText(TEXT_NAME).toString() === encoded.text);
  const compacted = Y.encodeStateAsUpdate(observers[0]!.doc).byteLength;
  closeClients([...observers, writer!]);
  await Promise.all([...observers, writer!].map((c: BenchClient) => withTimeout(c.closed, 30_000, 'closing trace clients')));
  await target.process.stop();
  const stored = dirSize(join(dataDir, 'data'));

  return {
    measurements: [
      { metric: `${name}: p50 propagation @${sizes.ratePerSecond}/s (ms)`, value: percentile(ledger.latencies, 50) },
      { metric: `${name}: p99 propagation @${sizes.ratePerSecond}/s (ms)`, value: percentile(ledger.latencies, 99) },
      { metric: `${name}: server CPU, paced part (ms per 1000 edits)`, value: (cpuPaced / paced) * 1000 },
      { metric: `${name}: server CPU, whole replay (s)`, value: cpuTotal / 1000 },
      { metric: `${name}: stored bytes after shutdown (KB)`, value: stored / 1024 },
      { metric: `${name}: stored for the document ÷ compacted Yjs state`, value: (stored - emptyStore) / compacted },
    ],
    checks: [{ label: name, ...ledger.totals(), converged: delivered && converged, generator: load }],
  };
}

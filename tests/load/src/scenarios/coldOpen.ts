import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { BenchClient } from '../client/BenchClient.js';
import { closeClients } from '../client/openClients.js';
import { Condition } from '../measure/Condition.js';
import { percentile } from '../measure/stats.js';
import { withTimeout } from '../measure/timeout.js';
import type { ServerSpec, ServerTarget } from '../servers/ServerTarget.js';
import { type EncodedTrace, encodeTrace, evenGroups, TEXT_NAME } from '../traces/encodeTrace.js';
import { loadTrace } from '../traces/loadTrace.js';
import type { Check, Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { seedDocument } from './seedDocument.js';
import { freshDataDir } from './withServer.js';

const OPEN_TIMEOUT_MS = 120_000;
/** Ours must not compact the update log while it is seeded, nor when it is loaded. */
const NEVER_COMPACT = { COMPACT_AFTER_UPDATES: '1000000' };

/**
 * Scenario 4: time from opening a socket to holding the whole automerge-paper document, for a
 * document stored as one snapshot and one stored as 10 000 uncompacted updates. Both are seeded
 * through the server itself, then the server restarts so every measured open is cold (the document
 * was never loaded by that process); a small document is opened first so the server is warm.
 */
export const coldOpen: Scenario = {
  id: '4',
  title: 'cold open',
  async run(spec, context) {
    const sizes = context.sizes.coldOpen;
    const trace = loadTrace('automerge-paper');
    const txns = sizes.traceTxns ?? trace.txns.length;
    const key = `${txns}:${sizes.updates}`;
    const encoded = encodedCache.get(key) ?? encodeTrace(trace, evenGroups(txns, sizes.updates));
    encodedCache.set(key, encoded);
    const dataDir = freshDataDir(context, spec.kind);
    try {
      return await runColdOpen(spec, context, dataDir, encoded);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

/** The automerge-paper encoding, made once per run and sent byte-for-byte to every server. */
const encodedCache = new Map<string, EncodedTrace>();

async function runColdOpen(spec: ServerSpec, context: ScenarioContext, dataDir: string, encoded: EncodedTrace): Promise<ScenarioResult> {
  const { copies } = context.sizes.coldOpen;
  const snapshots = Array.from({ length: copies }, (_, i) => `snapshot-${i}`);
  const logs = Array.from({ length: copies }, (_, i) => `log-${i}`);
  const updates = encoded.edits.map((e) => e.update);

  // A graceful stop makes ours compact each document into one snapshot; the peers store theirs.
  let target = await spec.start({ dataDir });
  await seeding(target, context, async () => {
    await seedAll(target, [...snapshots, 'warm-up'], () => [encoded.snapshot]);
    await target.process.stop();
  });

  // Ours is killed once everything is acknowledged, so the log stays uncompacted; the peers have
  // no durable acknowledgement and stop gracefully (Hocuspocus stores one snapshot regardless).
  target = await spec.start({ dataDir, oursEnv: NEVER_COMPACT, documentIds: target.documentIds });
  await seeding(target, context, async () => {
    await seedAll(target, logs, () => updates);
    if (spec.kind === 'ours') await target.process.kill();
    else await target.process.stop();
  });

  target = await spec.start({ dataDir, oursEnv: NEVER_COMPACT, documentIds: target.documentIds });
  try {
    await openCold(target, 'warm-up', encoded.text);
    const snapshotTimes: number[] = [];
    const logTimes: number[] = [];
    const checks: Check[] = [];
    for (let i = 0; i < copies; i++) {
      for (const [name, times] of [
        [snapshots[i]!, snapshotTimes],
        [logs[i]!, logTimes],
      ] as const) {
        const opened = await openCold(target, name, encoded.text);
        times.push(opened.ms);
        checks.push({ label: name, delivered: opened.converged ? 1 : 0, expected: 1, converged: opened.converged });
      }
    }
    await target.process.stop();
    return {
      measurements: [
        { metric: 'one snapshot, p50 (ms)', value: percentile(snapshotTimes, 50) },
        {
          metric: `${updates.length} updates, p50 (ms)`,
          value: percentile(logTimes, 50),
          ...(spec.kind === 'hocuspocus' && { note: 'Hocuspocus stores whole-document snapshots only, so this is a snapshot too' }),
        },
      ],
      checks,
    };
  } catch (error) {
    await target.process.kill();
    throw error;
  } finally {
    context.collectWarnings(spec.kind, target.process.warnings);
  }
}

/** Runs a seeding phase; a failure kills the server rather than leaving it to skew later runs. */
async function seeding(target: ServerTarget, context: ScenarioContext, phase: () => Promise<void>): Promise<void> {
  try {
    await phase();
  } catch (error) {
    await target.process.kill();
    throw error;
  } finally {
    context.collectWarnings(target.kind, target.process.warnings);
  }
}

async function seedAll(target: ServerTarget, names: readonly string[], updates: () => readonly Uint8Array[]): Promise<void> {
  await target.createDocuments(names);
  await Promise.all(names.map((name) => seedDocument(target, name, updates())));
}

/** Opens `name` on a fresh client and times until its text is `expected` in full. */
async function openCold(target: ServerTarget, name: string, expected: string): Promise<{ ms: number; converged: boolean }> {
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_NAME);
  const complete = new Condition(() => text.length >= expected.length);
  const start = performance.now();
  const client = await BenchClient.open(target, name, { doc, applyRemote: true, onUpdate: () => complete.check() });
  const whole = await complete.wait(OPEN_TIMEOUT_MS);
  const ms = performance.now() - start;
  closeClients([client]);
  await withTimeout(client.closed, OPEN_TIMEOUT_MS, `closing a client of ${name}`);
  return { ms, converged: whole && text.toString() === expected };
}

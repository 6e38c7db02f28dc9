import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDocumentJson } from '@van-kien/schema';
import * as Y from 'yjs';
import { compareBundle } from '../browser/compareBundle.js';
import { launchChromium } from '../browser/launchChromium.js';
import { BenchClient } from '../client/BenchClient.js';
import { Condition } from '../measure/Condition.js';
import { dirSize } from '../measure/dirSize.js';
import { percentile } from '../measure/stats.js';
import { delay, withTimeout } from '../measure/timeout.js';
import type { ServerSpec, ServerTarget } from '../servers/ServerTarget.js';
import { type EncodedTrace, encodeTrace, evenGroups } from '../traces/encodeTrace.js';
import { loadTrace } from '../traces/loadTrace.js';
import { reportParagraphs } from '../traces/reportParagraphs.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { freshDataDir, withServer } from './withServer.js';

const REPORT = 'report';
const TRACE = 'history-trace';
const SAVED_TIMEOUT_MS = 120_000;
/** The shortest pause the server accepts before an automatic version (`EDITING_PAUSE_MS`). */
const PAUSE_MS = 1000;
const VERSION_POLL_MS = 100;
/** A pause no burst reaches: automatic versions off. */
const NEVER_MS = 24 * 60 * 60 * 1000;

/**
 * Drafts and history on our server (the peers keep no versions): how long freezing "Dự thảo lần n"
 * of the ~100-page report takes over HTTP, durable when answered; and what the automerge-paper
 * trace stores when it is written in bursts, each followed by the pause that takes an automatic
 * version, as a ratio to the document's compacted Yjs state. All versions are within one day there,
 * so none is thinned: the ratio is an upper bound for a document written over weeks.
 */
export const draftsAndHistory: Scenario = {
  id: 'V',
  title: 'drafts and history',
  onlyFor: ['ours'],
  async run(spec, context) {
    const freeze = await withServer(spec, context, {}, (target) => measureFreeze(target, context));
    const empty = await storeBytesAfter(spec, context, {}, async () => 0);
    const storedFor = (pauseMs: number, withVersions: boolean) =>
      storeBytesAfter(spec, context, { EDITING_PAUSE_MS: String(pauseMs) }, (target) => writeTrace(target, context, withVersions));
    const plain = await storedFor(NEVER_MS, false);
    const versioned = await storedFor(PAUSE_MS, true);
    const withoutVersions = plain.bytes - empty.bytes;
    const withVersions = versioned.bytes - empty.bytes;
    const compacted = traceFor(context).snapshot.byteLength;
    const { bursts } = context.sizes.history;
    return {
      measurements: [
        ...freeze.measurements,
        { metric: 'automerge-paper stored without versions ÷ compacted Yjs state', value: withoutVersions / compacted },
        {
          metric: `automerge-paper stored with an automatic version after each of ${context.sizes.history.bursts} bursts ÷ compacted Yjs state`,
          value: withVersions / compacted,
        },
      ],
      checks: [
        ...freeze.checks,
        { label: 'an automatic version after every burst', delivered: versioned.result, expected: bursts, converged: true },
      ],
    };
  },
};

/** One socket that sends a document's local changes and waits until the server says they are durable. */
/** One socket that sends updates and waits until the server says all sent so far are durable. */
async function openWriter(target: ServerTarget, name: string) {
  let saved = 0;
  let sent = 0;
  const durable = new Condition(() => saved >= sent);
  const client = await BenchClient.open(target, name, {
    wantSavedAck: true,
    onSaved: (count) => {
      saved = count;
      durable.check();
    },
  });
  await withTimeout(client.synced, SAVED_TIMEOUT_MS, `first sync of ${name}`);
  return {
    client,
    send(update: Uint8Array): void {
      sent++;
      client.sendUpdate(update);
    },
    async allSaved(): Promise<void> {
      if (!(await durable.wait(SAVED_TIMEOUT_MS))) throw new Error(`${name}: only ${saved} of ${sent} updates were saved`);
    },
  };
}

async function api(target: ServerTarget, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${target.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(target.account && { authorization: `Bearer ${target.account.token}` }),
    },
  });
}

async function measureFreeze(target: ServerTarget, context: ScenarioContext): Promise<ScenarioResult> {
  const sizes = context.sizes.history;
  const paragraphs = reportParagraphs(sizes.paragraphs);
  await target.createDocuments([REPORT]);
  const id = target.documentIds.get(REPORT)!;
  const doc = new Y.Doc();
  const writer = await openWriter(target, REPORT);
  doc.on('update', writer.send);
  writeDocumentJson(doc, {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', ...(text && { content: [{ type: 'text', text }] }) })),
  });
  await writer.allSaved();
  const content = doc.getXmlFragment('content');
  const times: number[] = [];
  for (let i = 0; i < sizes.freezes; i++) {
    // A revision between drafts: a sentence added to a paragraph near the start.
    const paragraph = content.get(i % content.length) as Y.XmlElement;
    const text = paragraph.get(0);
    if (text instanceof Y.XmlText) text.insert(0, `Sửa lần ${i + 1}. `);
    await writer.allSaved();
    const started = performance.now();
    const response = await api(target, `/api/documents/${id}/versions`, { method: 'POST', body: '{}' });
    times.push(performance.now() - started);
    if (response.status !== 201) throw new Error(`freezing a draft answered ${response.status}: ${await response.text()}`);
  }
  const list = (await (await api(target, `/api/documents/${id}/versions`)).json()) as { versions: unknown[] };
  writer.client.close();
  const versionContent = async (number: number) =>
    ((await (await api(target, `/api/documents/${id}/versions/${number}`)).json()) as { content: unknown }).content;
  const compared = await compareInBrowser(await versionContent(1), await versionContent(sizes.freezes), sizes.compares);
  return {
    measurements: [
      { metric: `freeze a draft of the ${paragraphs.length}-paragraph report, p50 (ms)`, value: percentile(times, 50) },
      { metric: `freeze a draft of the ${paragraphs.length}-paragraph report, p95 (ms)`, value: percentile(times, 95) },
      {
        metric: `compare its first and last drafts in Chromium, p50 (ms)`,
        value: percentile(compared.times, 50),
        note: `${sizes.freezes - 1} revisions apart`,
      },
    ],
    checks: [
      { label: `${sizes.freezes} drafts frozen`, delivered: list.versions.length, expected: sizes.freezes, converged: true },
      {
        label: 'the comparison finds the revised paragraphs',
        delivered: compared.changedSections,
        expected: 1,
        converged: compared.changedSections === 1,
      },
    ],
  };
}

/**
 * Compares two versions' ProseMirror JSON `runs` times in a blank Chromium page with the bundled
 * comparison, as the history page does; answers each run's time and what the last one found.
 */
async function compareInBrowser(older: unknown, newer: unknown, runs: number): Promise<{ times: number[]; changedSections: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await compareBundle() });
    const times: number[] = [];
    let changedSections = 0;
    for (let i = 0; i < runs; i++) {
      const result = await page.evaluate(
        ([a, b]) =>
          (window as unknown as { vkCompare: (a: unknown, b: unknown) => { ms: number; changedSections: number } }).vkCompare(a, b),
        [older, newer] as const,
      );
      times.push(result.ms);
      changedSections = result.changedSections;
    }
    return { times, changedSections };
  } finally {
    await browser.close();
  }
}

/** The bytes a server's data directory holds after `use` ran and the server stopped gracefully, and what `use` answered. */
async function storeBytesAfter<T>(
  spec: ServerSpec,
  context: ScenarioContext,
  oursEnv: Record<string, string>,
  use: (target: ServerTarget) => Promise<T>,
): Promise<{ bytes: number; result: T }> {
  const dataDir = freshDataDir(context, spec.kind);
  try {
    const result = await withServer(spec, context, { dataDir, oursEnv }, use);
    return { bytes: dirSize(join(dataDir, 'data')), result };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const traces = new WeakMap<ScenarioContext, EncodedTrace>();

/** The automerge-paper trace in `bursts × updatesPerBurst` updates, encoded once per run. */
function traceFor(context: ScenarioContext): EncodedTrace {
  const cached = traces.get(context);
  if (cached) return cached;
  const sizes = context.sizes.history;
  const trace = loadTrace('automerge-paper');
  const encoded = encodeTrace(trace, evenGroups(sizes.traceTxns ?? trace.txns.length, sizes.bursts * sizes.updatesPerBurst));
  traces.set(context, encoded);
  return encoded;
}

/**
 * Writes the trace in bursts; with versions, waits after each burst for the automatic version the
 * pause takes. Answers how many versions the document then has.
 */
async function writeTrace(target: ServerTarget, context: ScenarioContext, withVersions: boolean): Promise<number> {
  const sizes = context.sizes.history;
  const encoded = traceFor(context);
  await target.createDocuments([TRACE]);
  const id = target.documentIds.get(TRACE)!;
  const writer = await openWriter(target, TRACE);
  const versionCount = async () =>
    ((await (await api(target, `/api/documents/${id}/versions`)).json()) as { versions: unknown[] }).versions.length;
  for (let burst = 0; burst < sizes.bursts; burst++) {
    for (const edit of encoded.edits.slice(burst * sizes.updatesPerBurst, (burst + 1) * sizes.updatesPerBurst)) writer.send(edit.update);
    await writer.allSaved();
    if (!withVersions) continue;
    // The server takes its automatic version PAUSE_MS after the burst's last change; it says so
    // only to clients that speak our extensions, so the list is asked.
    const deadline = performance.now() + PAUSE_MS + SAVED_TIMEOUT_MS;
    while ((await versionCount()) < burst + 1 && performance.now() < deadline) await delay(VERSION_POLL_MS);
  }
  const versions = await versionCount();
  writer.client.close();
  await withTimeout(writer.client.closed, 30_000, 'closing the trace client');
  return versions;
}

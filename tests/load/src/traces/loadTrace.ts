import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tracesDir } from '../paths.js';

/** One recorded edit: position (in characters), characters deleted there, text inserted there. */
export type TracePatch = [position: number, deleteCount: number, insert: string];

export interface Trace {
  name: string;
  startContent: string;
  endContent: string;
  /** One transaction per user action; its patches apply in order. */
  txns: { patches: TracePatch[] }[];
}

export const TRACE_NAMES = ['automerge-paper', 'seph-blog1', 'rustcode'] as const;
export type TraceName = (typeof TRACE_NAMES)[number];

const cache = new Map<string, Trace>();

/**
 * Reads `<name>.json.gz` from the shared traces. Positions count Unicode characters while Y.Text
 * counts UTF-16 units; the two agree only without astral characters, which is checked here rather
 * than assumed.
 */
export function loadTrace(name: TraceName): Trace {
  const cached = cache.get(name);
  if (cached) return cached;
  const trace = JSON.parse(gunzipSync(readFileSync(join(tracesDir, `${name}.json.gz`))).toString('utf8')) as Trace;
  trace.name = name;
  const astral = /[\u{10000}-\u{10FFFF}]/u;
  if (astral.test(trace.startContent) || trace.txns.some((t) => t.patches.some(([, , text]) => astral.test(text)))) {
    throw new Error(`trace ${name} has characters outside the BMP; positions would need converting`);
  }
  cache.set(name, trace);
  return trace;
}

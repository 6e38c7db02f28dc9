import { encodeTrace, evenGroups } from './encodeTrace.js';
import { loadTrace } from './loadTrace.js';

/** The automerge-paper text, one paragraph per line: the ~100-page report of the benchmarks. */
export function reportParagraphs(limit: number | undefined): string[] {
  const trace = loadTrace('automerge-paper');
  const text = encodeTrace(trace, evenGroups(trace.txns.length, 1)).text;
  const lines = text.split('\n');
  return limit === undefined ? lines : lines.slice(0, limit);
}

import * as Y from 'yjs';
import type { Trace } from './loadTrace.js';

/** Name of the Y.Text every benchmark text lives in. */
export const TEXT_NAME = 'text';

/** The Yjs client id trace replays write as, the same for every server so the bytes are identical. */
export const TRACE_CLIENT_ID = 424242;

export interface EncodedEdit {
  update: Uint8Array;
  /** The writer's clock after this update, or undefined when it only deleted (no clock advance). */
  clockEnd: number | undefined;
}

export interface EncodedTrace {
  edits: EncodedEdit[];
  /** The text after the replayed transactions (the trace's `endContent` when all were replayed). */
  text: string;
  /** The whole replayed document as one update: what a compacted store holds. */
  snapshot: Uint8Array;
}

/**
 * Replays the first `groupEnds.at(-1)` transactions of a trace into a Y.Doc once, producing one
 * Yjs update per group (group i ends before transaction `groupEnds[i]`). Done once per run and sent
 * byte-for-byte to every server.
 */
export function encodeTrace(trace: Trace, groupEnds: readonly number[]): EncodedTrace {
  const doc = new Y.Doc();
  doc.clientID = TRACE_CLIENT_ID;
  const text = doc.getText(TEXT_NAME);
  const edits: EncodedEdit[] = [];
  let captured: Uint8Array | undefined;
  doc.on('update', (update: Uint8Array) => {
    captured = update;
  });
  if (trace.startContent) text.insert(0, trace.startContent);
  const initial = captured;
  let start = 0;
  for (const end of groupEnds) {
    const before = Y.getState(doc.store, TRACE_CLIENT_ID);
    captured = undefined;
    doc.transact(() => {
      for (let i = start; i < end; i++) {
        for (const [position, deleteCount, insert] of trace.txns[i]!.patches) {
          if (deleteCount > 0) text.delete(position, deleteCount);
          if (insert) text.insert(position, insert);
        }
      }
    });
    start = end;
    if (!captured) continue;
    const after = Y.getState(doc.store, TRACE_CLIENT_ID);
    edits.push({ update: captured, clockEnd: after > before ? after : undefined });
  }
  // A start text, if any, travels in front of the first group.
  if (initial && edits[0]) edits[0] = { ...edits[0], update: Y.mergeUpdates([initial, edits[0].update]) };
  return { edits, text: text.toString(), snapshot: Y.encodeStateAsUpdate(doc) };
}

/** `groups` groups of near-equal size over the first `txnCount` transactions. */
export function evenGroups(txnCount: number, groups: number): number[] {
  const count = Math.min(groups, txnCount);
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 1) * txnCount) / count));
}

/** One group per transaction for the first `singles`, then groups of `chunk` up to `txnCount`. */
export function singlesThenChunks(txnCount: number, singles: number, chunk: number): number[] {
  const ends: number[] = [];
  for (let i = 1; i <= Math.min(singles, txnCount); i++) ends.push(i);
  for (let end = singles + chunk; end < txnCount + chunk; end += chunk) ends.push(Math.min(end, txnCount));
  return ends;
}

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as Y from 'yjs';

/*
 * How a version's content is kept: a chain of deltas, each a Yjs update of what the document held
 * beyond the version before, compressed. The document's live Y.Doc collects its garbage (gc), so a
 * version cannot be a Yjs snapshot of it; a full state per version would grow with every version.
 */

/** What the document holds beyond `since` (a state vector; empty for the first version), compressed. */
export function encodeDelta(doc: Y.Doc, since: Uint8Array | undefined): Uint8Array {
  return deflateRawSync(since ? Y.encodeStateAsUpdate(doc, since) : Y.encodeStateAsUpdate(doc));
}

/** The version's full state as one Yjs update, from its delta chain. */
export function mergeDeltas(deltas: readonly Uint8Array[]): Uint8Array {
  const updates = deltas.map((delta) => new Uint8Array(inflateRawSync(delta)));
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/** One delta in place of two adjacent ones, for when the earlier version is thinned out. */
export function foldDeltas(earlier: Uint8Array, later: Uint8Array): Uint8Array {
  return deflateRawSync(mergeDeltas([earlier, later]));
}

/** A Y.Doc holding the version's state, built from its delta chain. */
export function docFromDeltas(deltas: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, mergeDeltas(deltas));
  return doc;
}

import * as Y from 'yjs';
import type { DocumentText } from './documentText.js';
import { decodeRelativePositionBase64 } from './relativePositionCodec.js';

/** Where an anchor's end is in the text now, and whether its character is still there. */
export interface ResolvedEnd {
  /** Offset into `DocumentText.text`: after the character for the end, before it for the start. */
  offset: number;
  /**
   * False when the character was deleted: the offset is then where it stood, which says little,
   * as y-prosemirror may since have rewritten that paragraph with other text.
   */
  standing: boolean;
}

/**
 * Where an anchor's end (a base64 relative position) is in the text now; null when its paragraph
 * is gone (deleted, or rewritten by a join, which y-prosemirror writes as a deletion and a
 * re-insertion of the text).
 */
export function resolveEnd(doc: Y.Doc, text: DocumentText, encoded: string): ResolvedEnd | null {
  const relative = decodeRelativePositionBase64(encoded);
  // Only character positions: resolving one that names a root type would create that type.
  if (relative === null || relative.item === null) return null;
  // Not following undone deletions: every replica and the server must find the same place.
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc, false);
  const run = absolute && text.runOf(absolute.type);
  if (!run) return null;
  return { offset: run.offset + absolute!.index, standing: !Y.getItem(doc.store, relative.item).deleted };
}

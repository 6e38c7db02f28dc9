import * as Y from 'yjs';
import { documentText } from './documentText.js';
import { AnchorError, CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type PassageAnchor } from './passageAnchor.js';
import { encodeRelativePositionBase64 } from './relativePositionCodec.js';

/**
 * The anchor of the text between ProseMirror positions `from` and `to` of `readDocumentNode(doc)`
 * (a selection in the editor), whitespace at either end left out: its first and last characters as
 * Yjs relative positions, its text, and the text around it. Throws an AnchorError when the range
 * holds no text or too much of it.
 */
export function createAnchor(doc: Y.Doc, from: number, to: number): PassageAnchor {
  const text = documentText(doc);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > text.size) {
    throw new AnchorError('range', 'must be two positions of the document, from before to');
  }
  const covered = text.rangeOfPositions(from, to);
  // Spaces and breaks selected at either end are not part of what the comment is about.
  const range = covered && text.trimmed(covered.start, covered.end);
  if (!range) throw new AnchorError('range', 'must cover some text');
  const quote = text.text.slice(range.start, range.end);
  if (quote.length > MAX_QUOTE_LENGTH) throw new AnchorError('quote', `the passage must be at most ${MAX_QUOTE_LENGTH} characters`);
  const first = text.runAt(range.start)!;
  const last = text.runAt(range.end - 1)!;
  return {
    sectionId: first.sectionId,
    // The start sticks to the first character (assoc 0) and the end to the last one (assoc -1):
    // text typed just before or after the passage stays outside it.
    start: encodeRelativePositionBase64(Y.createRelativePositionFromTypeIndex(first.text, range.start - first.offset, 0)),
    end: encodeRelativePositionBase64(Y.createRelativePositionFromTypeIndex(last.text, range.end - last.offset, -1)),
    quote,
    prefix: text.text.slice(Math.max(0, range.start - CONTEXT_LENGTH), range.start),
    suffix: text.text.slice(range.end, range.end + CONTEXT_LENGTH),
  };
}

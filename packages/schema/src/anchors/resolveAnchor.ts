import type * as Y from 'yjs';
import { type DocumentText, documentText, lettersOf, type TextRange } from './documentText.js';
import { CONTEXT_LENGTH, type PassageAnchor, type ResolvedAnchor } from './passageAnchor.js';
import {
  bestAlignment,
  contextAgreement,
  exactOccurrences,
  INSERTED_LETTER_COST,
  type LetterRange,
  MAX_ALIGNMENT_CELLS,
  reach,
} from './quoteSearch.js';
import { type ResolvedEnd, resolveEnd } from './resolveEnd.js';

/** Found by searching, not verbatim, a passage needs at least this many of its letters (or all): a few letters match anywhere. */
const MIN_APPROXIMATE_LETTERS = 4;
/** The share of a quote's letters that must still stand, in order, for the passage to be there. */
const MIN_SIMILARITY = 0.5;

/**
 * Where the anchor's passage is in the document now, the same on every replica and on the server.
 * A passage is there while at least half of its letters still stand in order, in runs of two or
 * more (one letter in common is chance). It is, in this order:
 *
 * 1. What its relative positions span, if that is the quote verbatim.
 * 2. While its first or last character still stands: the quote, letter for letter (whitespace and
 *    paragraph breaks aside), touching what the positions span; else the passage reaching from
 *    the standing end as far as its letters go on (past text typed among them, into the paragraph
 *    a split moved its other words to). y-prosemirror writes a split or a join as a deletion and
 *    a re-insertion, so moved words have new identities and positions no longer follow them.
 * 3. Otherwise (its end characters deleted or moved; a deleted one's position is where it stood,
 *    in a paragraph that may since hold other text), within its section (sections never move; the
 *    same words in another section are another passage): the quote letter for letter; else the
 *    stretch that matches it best, with at least half of its letters (and at least
 *    MIN_APPROXIMATE_LETTERS, or all); else what the positions span, if the passage still
 *    stands there.
 *
 * Of several places where the quote stands, the one whose surroundings agree most with the
 * anchor's prefix and suffix, then the nearest to the positions, then the first. Found none of
 * these ways, the passage was deleted: the thread stays with its section, or with none if the
 * section was deleted too (Yjs keeps nothing of a deleted section's content that would tell its
 * parent).
 */
export function resolveAnchor(doc: Y.Doc, anchor: PassageAnchor): ResolvedAnchor {
  const text = documentText(doc);
  const found = findPassage(doc, text, anchor);
  if (!found) {
    return { state: 'orphaned', sectionId: anchor.sectionId !== null && text.sections.has(anchor.sectionId) ? anchor.sectionId : null };
  }
  return {
    state: 'attached',
    ...text.positionsOf(found.start, found.end),
    text: text.text.slice(found.start, found.end),
    sectionId: text.runAt(found.start)!.sectionId,
  };
}

/** What the anchor's relative positions say now. */
interface Held {
  /** The span between them (empty where a deleted passage stood); null when both are lost. */
  range: TextRange | null;
  /** Whether the passage's first (last) character still stands, so the span truly starts (ends) there. */
  startStands: boolean;
  endStands: boolean;
}

function findPassage(doc: Y.Doc, text: DocumentText, anchor: PassageAnchor): TextRange | null {
  const held = heldBy(resolveEnd(doc, text, anchor.start), resolveEnd(doc, text, anchor.end));
  if (held.range && text.text.slice(held.range.start, held.range.end) === anchor.quote) return held.range;

  const { letters, offsets } = text.letters;
  const quote = lettersOf(anchor.quote).letters;
  const toLetters = (range: TextRange) => ({ start: lowerBound(offsets, range.start), end: lowerBound(offsets, range.end) });
  const toText = (range: LetterRange) => ({ start: offsets[range.start]!, end: offsets[range.end - 1]! + 1 });
  const near = held.range && toLetters(held.range);
  const margin = quote.length + CONTEXT_LENGTH;

  if (held.startStands || held.endStands) {
    // A standing end vouches for the passage: the quote found touching it, or the passage reaching
    // from it as far as its letters go on (past text added among them, into the paragraph its
    // other words went to).
    const touching = mostLikely(
      text,
      anchor,
      near,
      exactOccurrences(letters, quote).filter((candidate) => touches(candidate, near!)),
    );
    if (touching) return text.trimmed(...joined(held, toText(touching)));
    const reached = {
      start: held.startStands ? near!.start : reach(letters, quote, near!.end - 1, Math.max(-1, near!.start - margin - 1), -1),
      end: held.endStands ? near!.end : reach(letters, quote, near!.start, Math.min(letters.length, near!.end + margin), 1),
    };
    if (reached.start < reached.end && stillStands(letters, quote, reached)) return text.trimmed(...joined(held, toText(reached)));
  }
  // Otherwise the quote is looked for where the passage can be: in its section (sections never
  // move), running over its end at most by its own length; nowhere if the section is gone.
  const section = anchor.sectionId === null ? { start: 0, end: text.text.length } : text.sections.get(anchor.sectionId);
  if (section) {
    const sectionLetters = toLetters(section);
    const within = {
      start: Math.max(0, sectionLetters.start - quote.length),
      end: Math.min(letters.length, sectionLetters.end + quote.length),
    };
    const exact = mostLikely(
      text,
      anchor,
      near,
      exactOccurrences(letters, quote).filter((candidate) => touches(candidate, within)),
    );
    if (exact) return text.trimmed(toText(exact).start, toText(exact).end);
    const alignment = bestAlignment(letters, quote, within.start, within.end, INSERTED_LETTER_COST);
    if (alignment && alignment.matched >= Math.max(quote.length * MIN_SIMILARITY, Math.min(quote.length, MIN_APPROXIMATE_LETTERS))) {
      return text.trimmed(toText(alignment).start, toText(alignment).end);
    }
  }
  return near && stillStands(letters, quote, near) ? text.trimmed(held.range!.start, held.range!.end) : null;
}

/** The passage from what was found and what the positions hold: a standing end is where it truly begins or ends. */
function joined(held: Held, found: TextRange): [start: number, end: number] {
  const start = held.startStands ? held.range!.start : found.start;
  const end = held.endStands ? held.range!.end : found.end;
  return start < end ? [start, end] : [found.start, found.end];
}

function heldBy(start: ResolvedEnd | null, end: ResolvedEnd | null): Held {
  const startStands = start?.standing ?? false;
  const endStands = end?.standing ?? false;
  if (start === null && end === null) return { range: null, startStands, endStands };
  if (start === null || end === null || end.offset <= start.offset) {
    const at = Math.min(start?.offset ?? Infinity, end?.offset ?? Infinity);
    return { range: { start: at, end: at }, startStands: false, endStands: false };
  }
  return { range: { start: start.offset, end: end.offset }, startStands, endStands };
}

/** Whether at least half of the quote's letters stand, in order, in `range` (text added among them aside). */
function stillStands(letters: string, quote: string, range: LetterRange): boolean {
  if (range.start >= range.end) return false;
  const common = bestAlignment(letters, quote, range.start, range.end, 0);
  // Too long a stretch to compare: the positions still hold both ends of the passage, so it stands.
  if (common === null && (range.end - range.start) * quote.length > MAX_ALIGNMENT_CELLS) return true;
  return common !== null && common.matched >= quote.length * MIN_SIMILARITY;
}

/** The candidate whose surroundings agree most with the anchor's prefix and suffix, then the nearest to the positions, then the first. */
function mostLikely(text: DocumentText, anchor: PassageAnchor, near: LetterRange | null, candidates: LetterRange[]): LetterRange | null {
  const { letters } = text.letters;
  const prefix = lettersOf(anchor.prefix).letters;
  const suffix = lettersOf(anchor.suffix).letters;
  const rank = (candidate: LetterRange) => [
    contextAgreement(letters, candidate, prefix, suffix),
    near ? -Math.abs(candidate.start - near.start) : 0,
  ];
  let best: { candidate: LetterRange; rank: number[] } | null = null;
  for (const candidate of candidates) {
    const candidateRank = rank(candidate);
    if (!best || isAbove(candidateRank, best.rank)) best = { candidate, rank: candidateRank };
  }
  return best?.candidate ?? null;
}

function isAbove(rank: number[], other: number[]): boolean {
  for (let index = 0; index < rank.length; index++) if (rank[index] !== other[index]) return rank[index]! > other[index]!;
  return false;
}

/** Whether two letter ranges overlap or meet with no letter between them. */
function touches(range: LetterRange, other: LetterRange): boolean {
  return range.start <= other.end && range.end >= other.start;
}

/** The index of the first value >= `value` in the ascending `values`. */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

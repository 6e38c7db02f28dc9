/**
 * Finding a quote again in the document's letters (its text without whitespace, see
 * `DocumentText.letters`): where it still stands letter for letter, or where most of it still
 * stands in order. Ranges here are [start, end) indices into the letters.
 */

export interface LetterRange {
  start: number;
  end: number;
}

/** Every place where `pattern` stands letter for letter. */
export function exactOccurrences(letters: string, pattern: string): LetterRange[] {
  const found: LetterRange[] = [];
  if (pattern === '') return found;
  for (let index = letters.indexOf(pattern); index >= 0; index = letters.indexOf(pattern, index + 1)) {
    found.push({ start: index, end: index + pattern.length });
  }
  return found;
}

/** How many letters of the context before (`prefix`) and after (`suffix`) a range agree with the document's. */
export function contextAgreement(letters: string, range: LetterRange, prefix: string, suffix: string): number {
  let agreed = 0;
  while (agreed < prefix.length && letters[range.start - agreed - 1] === prefix[prefix.length - agreed - 1]) agreed++;
  let after = 0;
  while (after < suffix.length && letters[range.end + after] === suffix[after]) after++;
  return agreed + after;
}

/**
 * What each letter found among the quote's letters costs, against one of its letters still there,
 * when looking for the passage in the text around: a passage with a few words added inside is
 * still the passage, a few of its letters scattered in other text are not.
 */
export const INSERTED_LETTER_COST = 0.25;

/** Past this many letter comparisons, a passage is only found again verbatim (bounds the work on long documents). */
export const MAX_ALIGNMENT_CELLS = 4_000_000;

export interface Alignment extends LetterRange {
  /** Letters of the pattern found in order, less the cost of the other letters found among them. */
  score: number;
  /** Letters of the pattern found in order. */
  matched: number;
}

/**
 * The stretch of `letters[from, to)` that best matches `pattern` with letters missing or added
 * (a local alignment where a missing letter costs nothing and an added one `insertedLetterCost`;
 * at cost 0 its score is the longest common subsequence), or null if nothing matches or the
 * search would exceed MAX_ALIGNMENT_CELLS. Letters match only within a run of two or more that
 * pattern and text share: a lone letter in common is chance, not what is left of the passage.
 */
export function bestAlignment(letters: string, pattern: string, from: number, to: number, insertedLetterCost: number): Alignment | null {
  const length = pattern.length;
  if (length === 0 || to <= from || (to - from) * length > MAX_ALIGNMENT_CELLS) return null;
  // Row r holds the best alignment of pattern[0, r) ending at the current letter: its score, where
  // it began (-1: the empty alignment) and how many letters it matched. Two columns are enough:
  // the previous letter's and this one's.
  let previous = alignmentColumn(length);
  let current = alignmentColumn(length);
  let best: Alignment | null = null;
  for (let column = from; column < to; column++) {
    for (let row = 1; row <= length; row++) {
      // The pattern's letter missing here, or this letter added among the pattern's, or matching it.
      let origin = current;
      let source = row - 1;
      let score = current.score[row - 1]!;
      if (previous.score[row]! - insertedLetterCost > score) {
        score = previous.score[row]! - insertedLetterCost;
        origin = previous;
        source = row;
      }
      const matches = inCommonRun(letters, column, pattern, row - 1) && previous.score[row - 1]! + 1 > score;
      if (matches) {
        score = previous.score[row - 1]! + 1;
        origin = previous;
        source = row - 1;
      }
      const empty = score <= 0;
      current.score[row] = empty ? 0 : score;
      current.start[row] = empty ? -1 : origin.start[source]! >= 0 ? origin.start[source]! : column;
      current.matched[row] = empty ? 0 : origin.matched[source]! + (matches ? 1 : 0);
    }
    // Ending on an added letter scores less than ending one letter earlier, so the best ends on a match.
    if (current.score[length]! > (best?.score ?? 0))
      best = { start: current.start[length]!, end: column + 1, score: current.score[length]!, matched: current.matched[length]! };
    [previous, current] = [current, previous];
  }
  return best;
}

function alignmentColumn(length: number) {
  return { score: new Float64Array(length + 1), start: new Int32Array(length + 1).fill(-1), matched: new Int32Array(length + 1) };
}

/**
 * How far the pattern reaches from a letter known to be its first (`step` 1) or its last (`step`
 * -1): the other end of the best alignment that starts at `anchor` and goes no further than
 * `limit` (exclusive), with the costs of `bestAlignment` (INSERTED_LETTER_COST), letters before the
 * first match counting as added. Returns the end (exclusive) going forwards, the start going
 * backwards; `anchor` itself (forwards) or `anchor + 1` (backwards) when nothing gains.
 */
export function reach(letters: string, pattern: string, anchor: number, limit: number, step: 1 | -1): number {
  const length = pattern.length;
  const patternIndex = (row: number) => (step === 1 ? row - 1 : length - row);
  if (Math.abs(limit - anchor) * length > MAX_ALIGNMENT_CELLS) limit = anchor + step * Math.floor(MAX_ALIGNMENT_CELLS / length);
  let previous = new Float64Array(length + 1);
  let current = new Float64Array(length + 1);
  let best = { score: 0, reached: step === 1 ? anchor : anchor + 1 };
  for (let column = anchor, added = 1; column !== limit; column += step, added++) {
    current[0] = -INSERTED_LETTER_COST * added;
    for (let row = 1; row <= length; row++) {
      let value = Math.max(current[row - 1]!, previous[row]! - INSERTED_LETTER_COST);
      if (inCommonRun(letters, column, pattern, patternIndex(row))) value = Math.max(value, previous[row - 1]! + 1);
      current[row] = value;
    }
    if (current[length]! > best.score) best = { score: current[length]!, reached: step === 1 ? column + 1 : column };
    [previous, current] = [current, previous];
  }
  return best.reached;
}

/** Whether `letters[column]` is `pattern[index]` with the letter before or after it matching too. */
function inCommonRun(letters: string, column: number, pattern: string, index: number): boolean {
  if (letters[column] !== pattern[index]) return false;
  const before = index > 0 && column > 0 && letters[column - 1] === pattern[index - 1];
  const after = index + 1 < pattern.length && column + 1 < letters.length && letters[column + 1] === pattern[index + 1];
  return before || after;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type ComparisonToken, comparisonEncoder, tokenAt } from './comparisonTokens.js';

/** A replaced range: `fromA`–`toA` of the older body became `fromB`–`toB` of the newer. */
export interface ChangeRange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/**
 * Moves each pure insertion or deletion to where it reads best. The diff may put one anywhere
 * along a repeated stretch ("thuận[n của nhân dâ]n." for "thuận[ của nhân dân]."), and
 * simplifyChanges widens only changes that both insert and delete. Of the equivalent places,
 * the one whose edges fall on paragraph ends, then on word ends, is kept.
 */
export function alignToWordEdges(changes: readonly ChangeRange[], older: ProseMirrorNode, newer: ProseMirrorNode): ChangeRange[] {
  const aligned: ChangeRange[] = [];
  changes.forEach((change, index) => {
    const deletion = change.fromB === change.toB;
    if (deletion === (change.fromA === change.toA)) {
      aligned.push(change);
      return;
    }
    const [body, from, to] = deletion ? [older, change.fromA, change.toA] : [newer, change.fromB, change.toB];
    // A change may move only through text both versions share: up to its neighbours.
    const previous = aligned.at(-1);
    const next = changes[index + 1];
    const floor = previous ? (deletion ? previous.toA : previous.toB) : 0;
    const ceiling = next ? (deletion ? next.fromA : next.fromB) : body.content.size;
    const token = (position: number) => tokenAt(body, position);
    let best = 0;
    let bestScore = edgeScore(body, from) + edgeScore(body, to);
    for (let shift = -1; from + shift >= floor; shift--) {
      if (!same(token(from + shift), token(to + shift))) break;
      const score = edgeScore(body, from + shift) + edgeScore(body, to + shift);
      if (score > bestScore) [best, bestScore] = [shift, score];
    }
    for (let shift = 1; to + shift <= ceiling; shift++) {
      if (!same(token(from + shift - 1), token(to + shift - 1))) break;
      const score = edgeScore(body, from + shift) + edgeScore(body, to + shift);
      if (score > bestScore) [best, bestScore] = [shift, score];
    }
    aligned.push({ fromA: change.fromA + best, toA: change.toA + best, fromB: change.fromB + best, toB: change.toB + best });
  });
  return aligned;
}

function same(a: ComparisonToken | undefined, b: ComparisonToken | undefined): boolean {
  return a !== undefined && b !== undefined && comparisonEncoder.compareTokens(a, b);
}

/** How well a change's edge at `position` reads: 2 at a node's start or end, 1 beside a space or punctuation, 0 inside a word. */
function edgeScore(body: ProseMirrorNode, position: number): number {
  const before = tokenAt(body, position - 1);
  const after = tokenAt(body, position);
  if (typeof before !== 'number' || typeof after !== 'number') return 2;
  return isWordCharacter(before) && isWordCharacter(after) ? 0 : 1;
}

function isWordCharacter(code: number): boolean {
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

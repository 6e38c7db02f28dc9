import { documentSchema } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../editor/testing/templateDocument.js';
import {
  commentHighlightsKey,
  commentHighlightsPlugin,
  highlightDecorations,
  highlightedRanges,
  setHighlights,
  threadAt,
} from './commentHighlights.js';

const schema = documentSchema();
/** Two paragraphs: "Kinh tế tăng trưởng khá." at 1..25, "Đời sống nâng lên." after it. */
const doc = schema.node('doc', null, [
  schema.node('paragraph', null, schema.text('Kinh tế tăng trưởng khá.')),
  schema.node('paragraph', null, schema.text('Đời sống nâng lên.')),
]);
const highlight = (threadId: string, from: number, to: number, resolved = false) => ({ threadId, from, to, resolved });

describe('highlights of commented passages', () => {
  it('mark each passage with its thread, the focused one and resolved ones apart', () => {
    const set = highlightDecorations(doc, { highlights: [highlight('a', 1, 8), highlight('b', 9, 20, true)], focused: 'a' });
    const attrs = set.find().map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs);
    expect(attrs).toEqual([
      { class: 'comment-highlight comment-highlight--focused', 'data-thread-id': 'a' },
      { class: 'comment-highlight comment-highlight--resolved', 'data-thread-id': 'b' },
    ]);
  });

  it('leave out empty passages and clamp ranges to the document', () => {
    const set = highlightDecorations(doc, { highlights: [highlight('empty', 5, 5), highlight('long', 30, 999)], focused: null });
    expect(set.find().map((d) => [d.from, d.to])).toEqual([[30, doc.content.size]]);
  });

  it('find the shortest passage under a click where passages overlap', () => {
    const set = highlightDecorations(doc, { highlights: [highlight('outer', 1, 20), highlight('inner', 9, 14)], focused: null });
    expect(threadAt(set, 10)).toBe('inner');
    expect(threadAt(set, 3)).toBe('outer');
    expect(threadAt(set, 22)).toBeUndefined();
  });

  it('follow the text as it is edited, and tell where each passage is now, one range across paragraphs', () => {
    let state = stateOf(doc, [commentHighlightsPlugin(() => {})]);
    state = state.apply(setHighlights(state, { highlights: [highlight('a', 9, 20), highlight('both', 20, 35)], focused: null }));
    state = state.apply(state.tr.insertText('Năm 2025, ', 1));
    expect(Object.fromEntries(highlightedRanges(state))).toEqual({ a: { from: 19, to: 30 }, both: { from: 30, to: 45 } });
    expect(state.doc.textBetween(19, 30)).toBe('tăng trưởng');
    expect(commentHighlightsKey.getState(state)?.focused).toBeNull();
  });
});

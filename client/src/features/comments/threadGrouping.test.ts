import type { ResolvedAnchor } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { TEST_OUTLINE, testAnchor, testThread } from './testing/commentTestData.js';
import { groupBySection, marginItems, sectionName, sectionOf } from './threadGrouping.js';

const attached = (from: number, sectionId: string | null): ResolvedAnchor => ({
  state: 'attached',
  from,
  to: from + 5,
  text: 'đoạn',
  sectionId,
});
const orphaned = (sectionId: string | null): ResolvedAnchor => ({ state: 'orphaned', sectionId });

describe('threads grouped as the document reads', () => {
  const general = testThread('general', { createdAt: 5 });
  const olderGeneral = testThread('older-general', { createdAt: 2 });
  const late = testThread('late', { anchor: testAnchor('s1a'), createdAt: 9 });
  const early = testThread('early', { anchor: testAnchor('s1a'), createdAt: 8 });
  const deleted = testThread('deleted', { anchor: testAnchor('s1a'), createdAt: 1 });
  const movedUp = testThread('moved-up', { anchor: testAnchor('gone'), createdAt: 3 });
  const inS2 = testThread('in-s2', { anchor: testAnchor('s2'), createdAt: 4 });
  const outside = testThread('outside', { anchor: testAnchor(null), createdAt: 6 });
  const placements = new Map<string, ResolvedAnchor>([
    ['late', attached(20, 's1a')],
    ['early', attached(12, 's1a')],
    ['deleted', orphaned('s1a')],
    // Its section was removed: the resolver names the nearest surviving ancestor.
    ['moved-up', orphaned('s1')],
    ['in-s2', attached(85, 's2')],
    ['outside', attached(2, null)],
  ]);

  it('puts whole-document comments first, then sections in document order with passages in text order and deleted passages last', () => {
    const grouped = groupBySection([late, general, inS2, deleted, early, movedUp, olderGeneral, outside], placements, TEST_OUTLINE);
    expect(grouped.general.map((t) => t.id)).toEqual(['older-general', 'general']);
    expect(grouped.sections.map(({ section, threads }) => [section.sectionId, threads.map((t) => t.id)])).toEqual([
      ['s1', ['moved-up']],
      ['s1a', ['early', 'late', 'deleted']],
      ['s2', ['in-s2']],
    ]);
    expect(grouped.unsectioned.map((t) => t.id)).toEqual(['outside']);
  });

  it('uses the section a comment was made in until its passage is resolved', () => {
    expect(sectionOf(testThread('new', { anchor: testAnchor('s2') }), new Map())).toBe('s2');
    expect(sectionOf(movedUp, placements)).toBe('s1');
    expect(sectionOf(general, placements)).toBeNull();
  });

  it('stands each margin card level with its passage, a deleted passage at its section heading', () => {
    const items = marginItems([inS2, general, deleted, late, early, movedUp, outside], placements, TEST_OUTLINE);
    expect(items.map(({ thread, position }) => [thread.id, position])).toEqual([
      ['moved-up', 0],
      ['outside', 2],
      ['deleted', 10],
      ['early', 12],
      ['late', 20],
      ['in-s2', 85],
    ]);
  });

  it('names a section by its label and title', () => {
    expect(sectionName(TEST_OUTLINE[0]!)).toBe('I. Kết quả đạt được');
    expect(sectionName({ label: '', title: 'Mở đầu' })).toBe('Mở đầu');
  });
});

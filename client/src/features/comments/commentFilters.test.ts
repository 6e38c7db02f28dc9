import type { ResolvedAnchor } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import {
  ALL,
  filterThreads,
  GENERAL,
  isFiltered,
  NO_FILTER,
  NO_ORGANIZATION,
  organizationOptions,
  sectionOptions,
} from './commentFilters.js';
import { TEST_OUTLINE, testAnchor, testThread } from './testing/commentTestData.js';

const hoiPhuNu = { id: 'hpn', name: 'Hội Liên hiệp Phụ nữ phường' };
const mttq = { id: 'mttq', name: 'Ủy ban MTTQ phường' };
const threads = [
  testThread('general', { organization: mttq, kind: 'dong-y' }),
  testThread('economy', { anchor: testAnchor('s1a'), organization: hoiPhuNu, kind: 'bo-sung' }),
  testThread('party', { anchor: testAnchor('s1b'), organization: hoiPhuNu, kind: 'sua-doi', status: 'resolved', answer: 'tiep-thu' }),
  testThread('direction', { anchor: testAnchor('s2'), kind: 'khac', answer: 'giai-trinh', answerText: 'Đã có ở phần III.' }),
];
const ids = (filter: Partial<typeof NO_FILTER>, placements = new Map<string, ResolvedAnchor>()) =>
  filterThreads(threads, { ...NO_FILTER, ...filter }, placements, TEST_OUTLINE).map((thread) => thread.id);

describe('filtering the comments panel', () => {
  it('shows everything without a filter', () => {
    expect(ids({})).toEqual(['general', 'economy', 'party', 'direction']);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, kind: 'khac' })).toBe(true);
  });

  it('narrows to a section with its subsections, or to the whole-document comments', () => {
    expect(ids({ section: 's1' })).toEqual(['economy', 'party']);
    expect(ids({ section: 's1b' })).toEqual(['party']);
    expect(ids({ section: GENERAL })).toEqual(['general']);
    // A passage that moved to another section follows its placement.
    expect(ids({ section: 's2' }, new Map([['economy', { state: 'attached', from: 90, to: 95, text: 'x', sectionId: 's2' }]]))).toEqual([
      'economy',
      'direction',
    ]);
  });

  it('narrows by organization, kind, status and answer, together', () => {
    expect(ids({ organization: 'hpn' })).toEqual(['economy', 'party']);
    expect(ids({ organization: NO_ORGANIZATION })).toEqual(['direction']);
    expect(ids({ kind: 'bo-sung' })).toEqual(['economy']);
    expect(ids({ status: 'resolved' })).toEqual(['party']);
    expect(ids({ status: 'open' })).toEqual(['general', 'economy', 'direction']);
    expect(ids({ answer: 'answered' })).toEqual(['party', 'direction']);
    expect(ids({ answer: 'unanswered', organization: 'hpn' })).toEqual(['economy']);
  });

  it('offers the organizations that spoke, by name, and the sections indented by depth', () => {
    expect(organizationOptions(threads)).toEqual([
      { value: ALL, label: 'Tất cả tổ chức' },
      { value: 'hpn', label: 'Hội Liên hiệp Phụ nữ phường' },
      { value: 'mttq', label: 'Ủy ban MTTQ phường' },
      { value: NO_ORGANIZATION, label: 'Không thuộc tổ chức' },
    ]);
    expect(sectionOptions(TEST_OUTLINE).map((option) => option.label)).toEqual([
      'Tất cả các phần',
      'Góp ý chung',
      'I. Kết quả đạt được',
      '\u00a0\u00a01. Về kinh tế',
      '\u00a0\u00a02. Về xây dựng Đảng',
      'II. Phương hướng',
    ]);
  });
});

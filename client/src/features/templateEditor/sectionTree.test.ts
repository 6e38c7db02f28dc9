import { findTemplate, type Section, type SectionNumbering, validateTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import {
  addSection,
  canMove,
  findSection,
  kebabFromTitle,
  moveSection,
  newSection,
  newSectionId,
  numberingChoices,
  removeSection,
  renameSection,
  sectionIds,
  tidyTemplate,
  updateSection,
} from './sectionTree.js';

const section = (id: string, numbering: SectionNumbering, children: Section[] = []): Section => ({
  id,
  numbering,
  title: `Mục ${id}`,
  guidance: 'Hướng dẫn.',
  required: false,
  body: { kind: 'prose' },
  children,
});

/** I. a (1. a1, 1. a2 (a) a2x)), II. b, "Bối cảnh" c (1. c1) */
const tree = (): Section[] => [
  section('a', 'roman', [section('a1', 'arabic'), section('a2', 'arabic', [section('a2x', 'letter')])]),
  section('b', 'roman'),
  section('c', 'none', [section('c1', 'arabic')]),
];

const ids = (sections: readonly Section[]): string =>
  sections.map((s) => (s.children.length ? `${s.id}(${ids(s.children)})` : s.id)).join(' ');

describe('section tree operations', () => {
  it('renames and updates a section anywhere, leaving the input and the other branches untouched', () => {
    const before = tree();
    const after = renameSection(before, 'a2x', 'Sinh hoạt chi bộ');
    expect(findSection(after, 'a2x')?.title).toBe('Sinh hoạt chi bộ');
    expect(findSection(before, 'a2x')?.title).toBe('Mục a2x');
    expect(after[1]).toBe(before[1]);
    const marked = updateSection(after, 'b', { required: true, guidance: 'Nêu rõ.' });
    expect(findSection(marked, 'b')).toMatchObject({ required: true, guidance: 'Nêu rõ.', title: 'Mục b' });
  });

  it('removes a section with everything under it', () => {
    expect(ids(removeSection(tree(), 'a2'))).toBe('a(a1) b c(c1)');
    expect(ids(removeSection(tree(), 'c'))).toBe('a(a1 a2(a2x)) b');
    const before = tree();
    expect(removeSection(before, 'nowhere')).toBe(before);
  });

  it('moves a section up or down among its siblings only', () => {
    expect(ids(moveSection(tree(), 'a2', -1))).toBe('a(a2(a2x) a1) b c(c1)');
    expect(ids(moveSection(tree(), 'a', 1))).toBe('b a(a1 a2(a2x)) c(c1)');
    expect(ids(moveSection(tree(), 'a1', -1))).toBe(ids(tree()));
    expect(ids(moveSection(tree(), 'c', 1))).toBe(ids(tree()));
    expect(canMove(tree(), 'a1', -1)).toBe(false);
    expect(canMove(tree(), 'a1', 1)).toBe(true);
    expect(canMove(tree(), 'c1', 1)).toBe(false);
  });

  it('adds a child at the end of its parent, a sibling right after, or at the top level', () => {
    expect(ids(addSection(tree(), section('n', 'letter'), { parentId: 'a1' }))).toBe('a(a1(n) a2(a2x)) b c(c1)');
    expect(ids(addSection(tree(), section('n', 'arabic'), { afterId: 'a1' }))).toBe('a(a1 n a2(a2x)) b c(c1)');
    expect(ids(addSection(tree(), section('n', 'roman'), { parentId: null }))).toBe('a(a1 a2(a2x)) b c(c1) n');
    const before = tree();
    expect(addSection(before, section('n', 'none'), { parentId: 'nowhere' })).toBe(before);
  });

  it('offers the numberings the place can hold, in the style of numbered siblings', () => {
    // Top level: anything, but the siblings are roman.
    expect(numberingChoices(tree(), { parentId: null })).toEqual(['roman', 'none']);
    expect(numberingChoices(tree(), { afterId: 'b' })).toEqual(['roman', 'none']);
    // Under "1." only "a)" or unnumbered.
    expect(numberingChoices(tree(), { parentId: 'a1' })).toEqual(['letter', 'none']);
    // Under "a)" only unnumbered.
    expect(numberingChoices(tree(), { parentId: 'a2x' })).toEqual(['none']);
    // An unnumbered heading is transparent: under "Bối cảnh" at the top any numbering fits, bar the siblings' style.
    expect(numberingChoices(tree(), { afterId: 'c1' })).toEqual(['arabic', 'none']);
    expect(numberingChoices([section('x', 'none')], { parentId: 'x' })).toEqual(['part', 'roman', 'arabic', 'letter', 'none']);
    expect(numberingChoices(tree(), { parentId: 'nowhere' })).toEqual([]);
  });

  it('makes kebab-case ids from Vietnamese titles, with a suffix, unique in the tree', () => {
    expect(kebabFromTitle('Kết quả đạt được!')).toBe('ket-qua-dat-duoc');
    expect(kebabFromTitle('  PHƯƠNG HƯỚNG, NHIỆM VỤ  ')).toBe('phuong-huong-nhiem-vu');
    expect(kebabFromTitle('Đánh giá việc thực hiện các chỉ tiêu chủ yếu của nhiệm kỳ trước').length).toBeLessThanOrEqual(40);
    expect(kebabFromTitle('— … —')).toBe('');

    const suffixes = ['ab12', 'ab12', 'cd34'];
    const next = () => suffixes.shift()!;
    expect(newSectionId('Ưu điểm', new Set(['uu-diem-ab12']), next)).toBe('uu-diem-cd34');
    expect(newSectionId('???', new Set(), () => 'zz99')).toBe('muc-zz99');
    expect(newSectionId('Ưu điểm', new Set())).toMatch(/^uu-diem-[a-z0-9]{4}$/);
  });

  it('builds a new section that keeps a real template valid', () => {
    const template = findTemplate('bao-cao-kiem-diem-chi-uy')!;
    const added = newSection(template.sections, 'Bài học kinh nghiệm', 'roman', () => 'k9k9');
    expect(added).toMatchObject({ id: 'bai-hoc-kinh-nghiem-k9k9', numbering: 'roman', required: false, children: [] });
    const sections = addSection(template.sections, added, { afterId: template.sections.at(-1)!.id });
    expect(sectionIds(sections).has('bai-hoc-kinh-nghiem-k9k9')).toBe(true);
    expect(validateTemplate({ ...template, sections }).ok).toBe(true);
  });

  it('tidies stray spaces and decomposed letters before validation', () => {
    const template = findTemplate('bao-cao-kiem-diem-chi-uy')!;
    const first = template.sections[0]!.id;
    const typed = { ...template, title: ' Báo cáo ', sections: renameSection(template.sections, first, 'Ưu điểm '.normalize('NFD')) };
    expect(validateTemplate(typed).ok).toBe(false);
    const tidy = tidyTemplate(typed);
    expect(validateTemplate(tidy).ok).toBe(true);
    expect(tidy.title).toBe('Báo cáo');
    expect(tidy.sections[0]!.title).toBe('Ưu điểm');
  });
});

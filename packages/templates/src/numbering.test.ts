import { describe, expect, it } from 'vitest';
import { canHold, numberSections, sectionLabel, vietnameseLetters } from './numbering.js';
import type { Section, SectionNumbering } from './templateSchema.js';

function section(id: string, numbering: SectionNumbering, children: Section[] = []): Section {
  return { id, numbering, title: id, guidance: 'Hướng dẫn.', required: true, body: { kind: 'prose' }, children };
}

describe('sectionLabel', () => {
  it('names parts in words, with NHẤT for the first and TƯ for the fourth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => sectionLabel('part', n))).toEqual([
      'PHẦN THỨ NHẤT',
      'PHẦN THỨ HAI',
      'PHẦN THỨ BA',
      'PHẦN THỨ TƯ',
      'PHẦN THỨ NĂM',
      'PHẦN THỨ SÁU',
      'PHẦN THỨ BẢY',
      'PHẦN THỨ TÁM',
      'PHẦN THỨ CHÍN',
      'PHẦN THỨ MƯỜI',
    ]);
  });

  it('says MƯỜI MỘT, MƯỜI LĂM, HAI MƯƠI MỐT and HAI MƯƠI TƯ past ten', () => {
    expect(sectionLabel('part', 11)).toBe('PHẦN THỨ MƯỜI MỘT');
    expect(sectionLabel('part', 15)).toBe('PHẦN THỨ MƯỜI LĂM');
    expect(sectionLabel('part', 20)).toBe('PHẦN THỨ HAI MƯƠI');
    expect(sectionLabel('part', 21)).toBe('PHẦN THỨ HAI MƯƠI MỐT');
    expect(sectionLabel('part', 24)).toBe('PHẦN THỨ HAI MƯƠI TƯ');
    expect(sectionLabel('part', 25)).toBe('PHẦN THỨ HAI MƯƠI LĂM');
  });

  it('writes roman numerals with a full stop', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 14, 40].map((n) => sectionLabel('roman', n))).toEqual([
      'I.',
      'II.',
      'III.',
      'IV.',
      'V.',
      'VI.',
      'IX.',
      'XIV.',
      'XL.',
    ]);
  });

  it('writes arabic numbers with a full stop', () => {
    expect(sectionLabel('arabic', 1)).toBe('1.');
    expect(sectionLabel('arabic', 12)).toBe('12.');
  });

  it('letters a) b) c) d) đ) e) g), skipping f and putting đ after d', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => sectionLabel('letter', n))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });

  it('uses the 23-letter Vietnamese sequence without f, j, w or z and ends at y)', () => {
    expect(vietnameseLetters.join('')).toBe('abcdđeghiklmnopqrstuvxy');
    for (const missing of ['f', 'j', 'w', 'z']) expect(vietnameseLetters).not.toContain(missing);
    expect(sectionLabel('letter', 23)).toBe('y)');
  });

  it('continues past y) with two letters rather than failing', () => {
    expect(sectionLabel('letter', 24)).toBe('aa)');
    expect(sectionLabel('letter', 25)).toBe('ab)');
  });

  it('gives unnumbered sections an empty label', () => {
    expect(sectionLabel('none', 3)).toBe('');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses position %s, since positions count from 1', (position) => {
    expect(() => sectionLabel('arabic', position)).toThrow(RangeError);
  });
});

describe('numberSections', () => {
  it('skips unnumbered siblings without advancing the counter', () => {
    const labels = numberSections([
      section('boi-canh', 'none'),
      section('ket-qua', 'roman'),
      section('ghi-chu', 'none'),
      section('han-che', 'roman'),
    ]);
    expect([...labels]).toEqual([
      ['boi-canh', ''],
      ['ket-qua', 'I.'],
      ['ghi-chu', ''],
      ['han-che', 'II.'],
    ]);
  });

  it('restarts numbering inside each parent', () => {
    const labels = numberSections([
      section('phan-1', 'part', [
        section('p1-i', 'roman', [section('p1-i-1', 'arabic'), section('p1-i-2', 'arabic')]),
        section('p1-ii', 'roman'),
      ]),
      section('phan-2', 'part', [section('p2-i', 'roman', [section('p2-i-1', 'arabic', [section('p2-a', 'letter')])])]),
    ]);
    expect(Object.fromEntries(labels)).toEqual({
      'phan-1': 'PHẦN THỨ NHẤT',
      'p1-i': 'I.',
      'p1-i-1': '1.',
      'p1-i-2': '2.',
      'p1-ii': 'II.',
      'phan-2': 'PHẦN THỨ HAI',
      'p2-i': 'I.',
      'p2-i-1': '1.',
      'p2-a': 'a)',
    });
  });

  it('numbers the children of an unnumbered heading from 1', () => {
    const labels = numberSections([section('quyet-nghi', 'none', [section('mot', 'arabic'), section('hai', 'arabic')])]);
    expect(labels.get('quyet-nghi')).toBe('');
    expect(labels.get('hai')).toBe('2.');
  });
});

describe('canHold', () => {
  it('follows PHẦN → I. → 1. → a), with unnumbered headings allowed at every level', () => {
    expect(canHold('part', 'roman')).toBe(true);
    expect(canHold('roman', 'arabic')).toBe(true);
    expect(canHold('arabic', 'letter')).toBe(true);
    for (const parent of ['part', 'roman', 'arabic', 'letter'] as const) expect(canHold(parent, 'none')).toBe(true);
    expect(canHold('part', 'arabic')).toBe(false);
    expect(canHold('roman', 'letter')).toBe(false);
    expect(canHold('letter', 'letter')).toBe(false);
    expect(canHold('arabic', 'part')).toBe(false);
  });

  it('lets a document start at any level', () => {
    for (const child of ['part', 'roman', 'arabic', 'letter', 'none'] as const) expect(canHold(undefined, child)).toBe(true);
  });
});

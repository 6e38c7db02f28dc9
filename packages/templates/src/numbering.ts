import type { Section, SectionNumbering } from './templateSchema.js';

/**
 * Which numbering a section may hold under a numbered parent (Hướng dẫn 36-HD/VPTW):
 * PHẦN THỨ NHẤT → I. → 1. → a) → "-" bullets (bullets are prose, not sections).
 * Unnumbered ('none') headings fit anywhere and are transparent: their children follow the rule
 * of the nearest numbered ancestor. At the top of a document any numbering may start.
 */
export const allowedChildNumberings: Readonly<Record<Exclude<SectionNumbering, 'none'>, readonly SectionNumbering[]>> = {
  part: ['roman', 'none'],
  roman: ['arabic', 'none'],
  arabic: ['letter', 'none'],
  letter: ['none'],
};

/** Whether a section numbered `child` may sit under the nearest numbered ancestor `parent` (undefined at the top). */
export function canHold(parent: SectionNumbering | undefined, child: SectionNumbering): boolean {
  if (parent === undefined || parent === 'none') return true;
  return allowedChildNumberings[parent].includes(child);
}

/**
 * Lower-case letters for a), b), c)…: the Vietnamese alphabet without the vowels that carry
 * marks (ă, â, ê, ô, ơ, ư), as legal and Party documents number them. It has no f, j, w, z and
 * puts đ after d, so the fifth item is "đ)" and the sixth "e)".
 */
export const vietnameseLetters: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

const DIGITS = ['', 'MỘT', 'HAI', 'BA', 'BỐN', 'NĂM', 'SÁU', 'BẢY', 'TÁM', 'CHÍN'];

/** "NHẤT", "HAI", … "TƯ", … "MƯỜI MỘT", "HAI MƯƠI MỐT": the ordinal word after "THỨ", for 1-99. */
function ordinalWord(n: number): string {
  if (n === 1) return 'NHẤT';
  if (n === 4) return 'TƯ';
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const head = tens === 1 ? 'MƯỜI' : `${DIGITS[tens]} MƯƠI`;
  if (unit === 0) return head;
  // Spoken forms after a ten: 5 is "lăm"; after twenty and up, 1 is "mốt" and 4 is "tư".
  const tail = unit === 5 ? 'LĂM' : unit === 1 && tens > 1 ? 'MỐT' : unit === 4 && tens > 1 ? 'TƯ' : DIGITS[unit]!;
  return `${head} ${tail}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** a…y, then aa, ab… like spreadsheet columns, so a 24th item still gets a label. */
function letters(n: number): string {
  const base = vietnameseLetters.length;
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % base;
    out = vietnameseLetters[digit]! + out;
    rest = Math.floor((rest - 1) / base);
  }
  return out;
}

/**
 * The printed label of the `position`-th numbered section among its siblings, counting from 1:
 * part → "PHẦN THỨ NHẤT", "PHẦN THỨ HAI", … "PHẦN THỨ TƯ"; roman → "I.", "II."; arabic → "1.";
 * letter → "a)", … "đ)", "e)"; none → "". Parts are supported up to 99, roman numerals up to 3999.
 */
export function sectionLabel(numbering: SectionNumbering, position: number): string {
  if (!Number.isInteger(position) || position < 1) {
    throw new RangeError(`A section position counts from 1; got ${position}`);
  }
  switch (numbering) {
    case 'part':
      if (position > 99) throw new RangeError(`A document has at most 99 parts; got ${position}`);
      return `PHẦN THỨ ${ordinalWord(position)}`;
    case 'roman':
      if (position > 3999) throw new RangeError(`Roman numerals stop at 3999; got ${position}`);
      return `${roman(position)}.`;
    case 'arabic':
      return `${position}.`;
    case 'letter':
      return `${letters(position)})`;
    case 'none':
      return '';
  }
}

/**
 * The label of every section in the tree, by section id. Numbering restarts inside each parent;
 * 'none' sections get "" and do not advance their siblings' counter, so "Bối cảnh" before "I."
 * leaves the first roman section at I.
 */
export function numberSections(sections: readonly Section[]): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  const visit = (siblings: readonly Section[]): void => {
    let position = 0;
    for (const section of siblings) {
      if (section.numbering === 'none') {
        labels.set(section.id, '');
      } else {
        position += 1;
        labels.set(section.id, sectionLabel(section.numbering, position));
      }
      visit(section.children);
    }
  };
  visit(sections);
  return labels;
}

import { type SectionNumbering, vietnameseLetters } from '@van-kien/templates';

/** A heading's numbering as typed in its text, and the title after it. */
export interface TypedNumbering {
  numbering: Exclude<SectionNumbering, 'none'>;
  /** As typed: "PHẦN THỨ NHẤT", "II.", "3.", "b)". */
  label: string;
  /** The text after the label, without the separator; may be empty ("PHẦN THỨ HAI" on a line of its own). */
  title: string;
}

const ORDINAL = String.raw`(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?)`;
const SEPARATOR = String.raw`\s*(?:[-–—:.]\s*)?`;
const PART = new RegExp(String.raw`^(phần\s+(?:thứ\s+${ORDINAL}|[IVXLC]+|\d{1,2}))(?![\p{L}\d])${SEPARATOR}(.*)$`, 'iu');
const ROMAN = /^([IVXLC]{1,6})\s*[.\-–]\s*(\S.*)$/u;
const ARABIC = /^(\d{1,2})\s*[.\-–]\s*(\D.*)$/u;
const LETTER = new RegExp(String.raw`^([${vietnameseLetters.join('')}])\)\s*(\S.*)$`, 'u');
const VALID_ROMAN = /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * The Party numbering (Hướng dẫn 36-HD/VPTW: PHẦN THỨ NHẤT → I. → 1. → a)) typed at the start of
 * `text`, or undefined. "I-" and "1-" count as "I." and "1."; "1.2." and "2.000 người" do not.
 */
export function typedNumbering(text: string): TypedNumbering | undefined {
  const line = text.trim();
  const part = PART.exec(line);
  if (part) return { numbering: 'part', label: part[1]!.replace(/\s+/g, ' ').toUpperCase(), title: part[2]!.trim() };
  const roman = ROMAN.exec(line);
  if (roman && VALID_ROMAN.test(roman[1]!)) return { numbering: 'roman', label: `${roman[1]}.`, title: roman[2]!.trim() };
  const arabic = ARABIC.exec(line);
  if (arabic) return { numbering: 'arabic', label: `${arabic[1]}.`, title: arabic[2]!.trim() };
  const letter = LETTER.exec(line);
  if (letter) return { numbering: 'letter', label: `${letter[1]})`, title: letter[2]!.trim() };
  return undefined;
}

/**
 * A heading's title reduced for matching with a template's: numbering, case, diacritics (đ as d)
 * and punctuation set aside, so "II- Công tác xây dựng Đảng" matches "CÔNG TÁC XÂY DỰNG ĐẢNG".
 */
export function matchingKey(text: string): string {
  const title = typedNumbering(text)?.title ?? text;
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

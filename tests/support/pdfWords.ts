import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A word of a PDF page and its box, in points from the page's top left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** 1 for the first page. */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

const number = (attributes: string, name: string): number => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  if (value === undefined) throw new Error(`pdftotext -bbox: no ${name} in <${attributes}>`);
  return Number(value);
};

/**
 * The pages of `pdftotext -bbox` output (XHTML: a `<page width height>` per page holding a `<word
 * xMin yMin xMax yMax>` per word), read with patterns: the format is fixed and flat.
 */
export function parseBboxXhtml(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const [, pageAttributes, body] of xhtml.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const words = [...body!.matchAll(/<word\b([^>]*)>([\s\S]*?)<\/word>/g)].map(([, attributes, text]) => ({
      text: decode(text!).normalize('NFC'),
      xMin: number(attributes!, 'xMin'),
      yMin: number(attributes!, 'yMin'),
      xMax: number(attributes!, 'xMax'),
      yMax: number(attributes!, 'yMax'),
    }));
    pages.push({ number: pages.length + 1, width: number(pageAttributes!, 'width'), height: number(pageAttributes!, 'height'), words });
  }
  return pages;
}

/** The words of every page of `pdf`, with their boxes. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseBboxXhtml(stdout);
}

/** A line of words: those whose vertical centres lie within a few points of each other, left to right. */
export interface PdfLine {
  text: string;
  words: PdfWord[];
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The page's words grouped into lines, top to bottom. */
export function pdfLines(page: PdfPage, tolerance = 2): PdfLine[] {
  const lines: PdfWord[][] = [];
  const centre = (word: PdfWord) => (word.yMin + word.yMax) / 2;
  for (const word of [...page.words].sort((a, b) => centre(a) - centre(b) || a.xMin - b.xMin)) {
    const last = lines.at(-1);
    if (last && Math.abs(centre(last[0]!) - centre(word)) <= tolerance) last.push(word);
    else lines.push([word]);
  }
  return lines.map((words) => {
    const sorted = words.sort((a, b) => a.xMin - b.xMin);
    return {
      text: sorted.map((word) => word.text).join(' '),
      words: sorted,
      xMin: Math.min(...sorted.map((w) => w.xMin)),
      xMax: Math.max(...sorted.map((w) => w.xMax)),
      yMin: Math.min(...sorted.map((w) => w.yMin)),
      yMax: Math.max(...sorted.map((w) => w.yMax)),
    };
  });
}

/**
 * How much of a word's box, top and bottom, is the font's room rather than ink. pdftotext's box
 * spans the font's whole ascent and descent, 1.3 em for Liberation Serif (Times New Roman's
 * metrics, with room for Vietnamese stacked accents), while lines at single spacing are 1.15 em
 * apart: the boxes of two lines correctly set already overlap by 0.15 em. The middle three quarters
 * (0.98 em: an accented capital down to a descender) is what must not overlap. A line set on an
 * exact 12 pt under 14 pt text (the bug this catches) overlaps by 0.44 em.
 */
const ROOM_FRACTION = 0.125;

/** `word`'s box without the font's room above and below (see ROOM_FRACTION): where its ink can be. */
export function inkBox(word: PdfWord): PdfWord {
  const room = (word.yMax - word.yMin) * ROOM_FRACTION;
  return { ...word, yMin: word.yMin + room, yMax: word.yMax - room };
}

/** Pairs of words of one page whose ink overlaps: horizontally by more than `tolerance` points and at all vertically. */
export function overlappingWords(page: PdfPage, tolerance = 0.5): [PdfWord, PdfWord][] {
  const words = page.words.map((word) => ({ word, box: inkBox(word) })).sort((a, b) => a.box.yMin - b.box.yMin);
  const found: [PdfWord, PdfWord][] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length && words[j]!.box.yMin < a.box.yMax; j++) {
      const b = words[j]!;
      const width = Math.min(a.box.xMax, b.box.xMax) - Math.max(a.box.xMin, b.box.xMin);
      const height = Math.min(a.box.yMax, b.box.yMax) - Math.max(a.box.yMin, b.box.yMin);
      if (width > tolerance && height > 0) found.push([a.word, b.word]);
    }
  }
  return found;
}

/** The names of the fonts a PDF embeds, without their subset prefix ("BAAAAA+LiberationSerif-Bold" → "LiberationSerif-Bold"). */
export async function pdfFontNames(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf], { encoding: 'utf8' });
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

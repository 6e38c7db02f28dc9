import { type PartyDocumentFormat, styledText, type TextAlignment, type TextStyle } from '@van-kien/schema';
import {
  AlignmentType,
  BorderStyle,
  type IRunOptions,
  type ISpacingProperties,
  LineRuleType,
  NoBreakHyphen,
  Paragraph,
  type ParagraphChild,
  TextRun,
  UnderlineType,
} from 'docx';

/** Marks of the text itself (bold typed in the editor) added to a style's own. */
export interface RunEmphasis {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
}

/** Twentieths of a point, rounded to the nearest as Word's own A4 is (11906 × 16838). */
export const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

/** Twentieths of a point, as Word measures spacing. */
export const pointTwips = (pt: number): number => Math.round(pt * 20);

/**
 * Paragraph spacing: `spaceBeforePt` above, nothing below, lines `lineMultiple` times single
 * spacing. The rule is always named: a `w:line` without `w:lineRule` is read by LibreOffice as an
 * exact height of that many twentieths of a point (240 → 12 pt), which squeezes 14-16 pt text into
 * overlapping lines, while Word reads it as a multiple. "auto" means a multiple to both.
 */
export function lineSpacing(lineMultiple = 1, spaceBeforePt = 0): ISpacingProperties {
  return { before: pointTwips(spaceBeforePt), after: 0, line: Math.round(lineMultiple * 240), lineRule: LineRuleType.AUTO };
}

export const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<TextAlignment, (typeof AlignmentType)[keyof typeof AlignmentType]>;

/** No border on any side: the header and signature blocks are tables only to place their columns. */
export const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

/**
 * `text` set in `style`: font, size, weight, slant, underline, capitals. Every run names its font
 * and size, so the document looks the same in a Word whose defaults differ.
 */
export function styledRun(text: string, style: TextStyle, format: PartyDocumentFormat, emphasis: RunEmphasis = {}): TextRun {
  const { text: styled = '', ...options } = styledRunOptions(text, style, format, emphasis);
  // A range of years ("nhiệm kỳ 2025-2027") is not broken at its hyphen across two lines of a
  // centred title: Word's non-breaking hyphen, which both renderers draw as "-".
  const pieces = styled.split(/(?<=\d)-(?=\d)/);
  if (pieces.length === 1) return new TextRun({ ...options, text: styled });
  return new TextRun({ ...options, children: pieces.flatMap((piece, index) => (index === 0 ? [piece] : [new NoBreakHyphen(), piece])) });
}

/** What `styledRun` sets, for runs of another kind (a tracked insertion or deletion). */
export function styledRunOptions(text: string, style: TextStyle, format: PartyDocumentFormat, emphasis: RunEmphasis = {}): IRunOptions {
  return {
    text: styledText(text, style),
    font: format.fontFamily,
    size: style.sizePt * 2,
    bold: style.bold || emphasis.bold === true,
    italics: style.italic || emphasis.italic === true,
    ...((style.underline || emphasis.underline) && { underline: { type: UnderlineType.SINGLE } }),
    ...(emphasis.strike && { strike: true }),
  };
}

export interface LineOptions {
  align?: TextAlignment;
  spaceBeforePt?: number;
  keepNext?: boolean;
}

/** One paragraph of `children` with no spacing of its own, single-spaced: a line of the header or signature block. */
export function line(children: ParagraphChild[], { align = 'center', spaceBeforePt = 0, keepNext = false }: LineOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGNMENT[align],
    spacing: lineSpacing(1, spaceBeforePt),
    keepNext,
  });
}

/** A line of one text in one style. */
export function styledLine(text: string, style: TextStyle, format: PartyDocumentFormat, options: LineOptions = {}): Paragraph {
  return line([styledRun(text, style, format)], options);
}

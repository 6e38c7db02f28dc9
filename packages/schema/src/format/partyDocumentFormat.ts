import type { SectionNumbering, TargetColumnKind } from '@van-kien/templates';

export type TextAlignment = 'left' | 'center' | 'right' | 'justify';

/** How one kind of text is set. */
export interface TextStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Set in capitals; the text itself is stored as typed. */
  uppercase: boolean;
}

/** A section heading of one numbering level (PHẦN THỨ NHẤT → I. → 1. → a)). */
export interface HeadingStyle extends TextStyle {
  align: TextAlignment;
  /** The label on a line of its own above the title, as "PHẦN THỨ NHẤT" is set. */
  labelOnOwnLine: boolean;
}

/** A paragraph's text, its indent and spacing. */
export interface ParagraphStyle extends TextStyle {
  align: TextAlignment;
  firstLineIndentMm: number;
  /** Indent of each level of a list or quotation. */
  nestingIndentMm: number;
  /** Line height as a multiple of single spacing. */
  lineSpacing: number;
  spaceBeforePt: number;
}

export interface PageMargins {
  topMm: number;
  bottomMm: number;
  leftMm: number;
  rightMm: number;
}

/**
 * The layout of a Party document (Hướng dẫn 36-HD/VPTW, DOMAIN.md §B), as data shared by the
 * .docx writer on the server and the print stylesheet in the browser. Values marked "DOMAIN §B"
 * are from the guidance's confirmed size table; every other value is an assumption or an
 * unverified source (said at each), kept here so that it is corrected in one place.
 */
export interface PartyDocumentFormat {
  page: {
    /** A4 (DOMAIN §B). */
    widthMm: number;
    heightMm: number;
    /** Front page margins. */
    marginsMm: PageMargins;
    /** The page number is printed from this page on. */
    firstNumberedPage: number;
    /** Distance of the page number from the top edge. */
    pageNumberFromTopMm: number;
  };
  fontFamily: string;
  /** The fixed words of the layout. */
  texts: {
    partyName: string;
    star: string;
    draftMarker: string;
    recipientsLabel: string;
    /** The short rule under the trích yếu. */
    summaryRule: string;
  };
  /** Share of the text width taken by the left column of the header and signature blocks. */
  leftColumnPercent: number;
  /** Space above the document type, and above the signature block. */
  spacing: { beforeTitlePt: number; beforeSignaturePt: number };
  header: {
    partyName: TextStyle;
    upperOrganization: TextStyle;
    issuingOrganization: TextStyle;
    star: TextStyle;
    numberAndSymbol: TextStyle;
    placeAndDate: TextStyle;
    draftMarker: TextStyle;
  };
  documentKind: TextStyle;
  summary: TextStyle;
  body: ParagraphStyle;
  headings: Record<SectionNumbering, HeadingStyle>;
  /** The chỉ tiêu table: its text, and the relative width of each kind of column. */
  table: { cell: TextStyle; head: TextStyle; columnWeights: Record<TargetColumnKind, number> };
  /** A plain table typed in the text (one a Word draft brought): its cells, and its header row's. */
  plainTable: { cell: TextStyle; head: TextStyle };
  signature: { capacity: TextStyle; title: TextStyle; name: TextStyle; blankLinesForSignature: number };
  recipients: { label: TextStyle; item: TextStyle };
  pageNumber: TextStyle;
}

const style = (sizePt: number, options: Partial<Omit<TextStyle, 'sizePt'>> = {}): TextStyle => ({
  sizePt,
  bold: false,
  italic: false,
  underline: false,
  uppercase: false,
  ...options,
});

const heading = (options: Partial<Omit<HeadingStyle, 'sizePt'>>): HeadingStyle => ({
  ...style(14, { bold: true }),
  align: 'justify',
  labelOnOwnLine: false,
  ...options,
});

/** The values of DOMAIN.md §B; where it gives a range (14-15 pt) the lower end is taken. */
export const partyDocumentFormat: PartyDocumentFormat = {
  page: {
    widthMm: 210, // DOMAIN §B
    heightMm: 297, // DOMAIN §B
    // From a Party committee's handbook, not checked against the full HD36 text (DOMAIN §B).
    // Printing on both sides would mirror them on back pages; single-sided is assumed.
    marginsMm: { topMm: 25, bottomMm: 25, leftMm: 35, rightMm: 15 },
    firstNumberedPage: 2, // DOMAIN §B
    pageNumberFromTopMm: 10, // DOMAIN §B
  },
  fontFamily: 'Times New Roman', // DOMAIN §B
  texts: {
    partyName: 'ĐẢNG CỘNG SẢN VIỆT NAM', // DOMAIN §B
    star: '*', // DOMAIN §B
    draftMarker: 'DỰ THẢO', // DOMAIN §B: "DỰ THẢO (lần n)", see draftMarkerText
    recipientsLabel: 'Nơi nhận:', // DOMAIN §B
    summaryRule: '-----', // assumption: the customary short rule under the trích yếu
  },
  // HD 36's header block is two columns of about equal weight. 48 % gives an ordinary ward's name
  // ("ĐẢNG BỘ PHƯỜNG Ô CHỢ DỪA", 14 pt) a line of its own on the left and leaves the right column
  // room for the place and date on one line ("Ô Chợ Dừa, ngày 08 tháng 12 năm 2026", 14 pt italic).
  leftColumnPercent: 48,
  spacing: { beforeTitlePt: 18, beforeSignaturePt: 12 }, // assumptions
  header: {
    partyName: style(15, { bold: true, underline: true, uppercase: true }), // DOMAIN §B
    upperOrganization: style(14, { uppercase: true }), // DOMAIN §B
    issuingOrganization: style(14, { bold: true, uppercase: true }), // DOMAIN §B
    star: style(14), // assumption: the size of the line above
    numberAndSymbol: style(14), // DOMAIN §B
    placeAndDate: style(14, { italic: true }), // DOMAIN §B
    draftMarker: style(14, { bold: true }), // assumption
  },
  documentKind: style(16, { bold: true, uppercase: true }), // DOMAIN §B: 15-16, the upper end reads as the title
  summary: style(14, { bold: true }), // DOMAIN §B: 14-15
  // DOMAIN §B: 14-15, upright; alignment, indent and spacing are assumptions (common practice).
  body: { ...style(14), align: 'justify', firstLineIndentMm: 12.7, nestingIndentMm: 10, lineSpacing: 1.2, spaceBeforePt: 6 },
  headings: {
    // DOMAIN §B: Phần / Mục labels and titles bold, titles in capitals; the placement is an assumption.
    part: heading({ uppercase: true, align: 'center', labelOnOwnLine: true }),
    roman: heading({ uppercase: true }),
    // Assumptions: 1. bold, a) bold italic, unnumbered headings ("Đặc điểm tình hình") bold.
    arabic: heading({}),
    letter: heading({ italic: true }),
    none: heading({}),
  },
  // Assumptions: a wide table reads better a little smaller than the text; the chỉ tiêu's name
  // is wide, TT narrow (but wide enough for "TT" and "12" on one line), the figures in between.
  table: {
    cell: style(12),
    head: style(12, { bold: true }),
    columnWeights: { index: 0.8, text: 3.8, unit: 1.2, target: 1.3, result: 1.2, assessment: 1.4, 'next-target': 1.3 },
  },
  // Assumption: a plain table is text, a point under the body's so that its columns keep their words.
  plainTable: { cell: style(13), head: style(13, { bold: true }) },
  // Assumptions: the customary signature block (DOMAIN §B names only its words).
  signature: {
    capacity: style(14, { bold: true, uppercase: true }),
    title: style(14, { bold: true, uppercase: true }),
    name: style(14, { bold: true }),
    blankLinesForSignature: 4,
  },
  // DOMAIN §B: "Nơi nhận:" underlined; sizes unverified (assumptions).
  recipients: { label: style(14, { underline: true }), item: style(12) },
  pageNumber: style(14), // assumption
};

/** The share of the table's width each of `columns` takes, in percent, by the format's weights. */
export function targetColumnPercents(columns: readonly { kind: TargetColumnKind }[], format: PartyDocumentFormat): number[] {
  const weights = columns.map((column) => format.table.columnWeights[column.kind]);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  return weights.map((weight) => (weight / sum) * 100);
}

/** `text` as `style` prints it: in capitals when it says so (Vietnamese rules, so "đ" becomes "Đ"). */
export function styledText(text: string, textStyle: Pick<TextStyle, 'uppercase'>): string {
  return textStyle.uppercase ? text.toLocaleUpperCase('vi') : text;
}

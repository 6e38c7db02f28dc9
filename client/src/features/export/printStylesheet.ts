import type { PartyDocumentFormat, TextStyle } from '@van-kien/schema';

/** The text styles of the format by the names `data-print-style` uses in the print view. */
export type PrintStyleName =
  | 'partyName'
  | 'upperOrganization'
  | 'issuingOrganization'
  | 'star'
  | 'numberAndSymbol'
  | 'placeAndDate'
  | 'draftMarker'
  | 'documentKind'
  | 'summary'
  | 'body'
  | 'tableCell'
  | 'tableHead'
  | 'plainTableCell'
  | 'plainTableHead'
  | 'signerCapacity'
  | 'signerTitle'
  | 'signerName'
  | 'recipientsLabel'
  | 'recipient'
  | `heading-${keyof PartyDocumentFormat['headings']}`;

export function printStyles(format: PartyDocumentFormat): Record<PrintStyleName, TextStyle> {
  const { header, headings } = format;
  return {
    ...header,
    documentKind: format.documentKind,
    summary: format.summary,
    body: format.body,
    tableCell: format.table.cell,
    tableHead: format.table.head,
    plainTableCell: format.plainTable.cell,
    plainTableHead: format.plainTable.head,
    signerCapacity: format.signature.capacity,
    signerTitle: format.signature.title,
    signerName: format.signature.name,
    recipientsLabel: format.recipients.label,
    recipient: format.recipients.item,
    'heading-part': headings.part,
    'heading-roman': headings.roman,
    'heading-arabic': headings.arabic,
    'heading-letter': headings.letter,
    'heading-none': headings.none,
  };
}

/** Fonts that share Times New Roman's metrics, for systems without it (Linux). */
const FONT_FALLBACKS = "Tinos, 'Liberation Serif', 'Noto Serif', serif";

const mm = (value: number) => `${value}mm`;

/**
 * The print view's stylesheet, generated from the format data that the .docx writer also uses:
 * the A4 page and its margins, the page number from the second page on (a page-margin box), and
 * one set of CSS variables per text style (`--print-size`, `--print-weight`, …) that print.css
 * applies to every element marked `data-print-style`.
 */
export function printStylesheet(format: PartyDocumentFormat): string {
  const { page, body } = format;
  const margins = page.marginsMm;
  const font = `'${format.fontFamily}', ${FONT_FALLBACKS}`;
  const styleRules = Object.entries(printStyles(format)).map(
    ([name, style]) =>
      `.print-document [data-print-style='${name}'] { --print-size: ${style.sizePt}pt; --print-weight: ${style.bold ? 700 : 400}; ` +
      `--print-slant: ${style.italic ? 'italic' : 'normal'}; --print-decoration: ${style.underline ? 'underline' : 'none'}; }`,
  );
  const headingAlignments = Object.entries(format.headings).map(
    ([numbering, heading]) => `.print-document [data-print-style='heading-${numbering}'] { --print-align: ${heading.align}; }`,
  );
  return [
    `@page { size: ${mm(page.widthMm)} ${mm(page.heightMm)}; margin: ${mm(margins.topMm)} ${mm(margins.rightMm)} ${mm(margins.bottomMm)} ${mm(margins.leftMm)};`,
    `  @top-center { content: counter(page); vertical-align: top; padding-top: ${mm(page.pageNumberFromTopMm)}; font-family: ${font}; font-size: ${format.pageNumber.sizePt}pt; } }`,
    // DOMAIN.md §B numbers from page 2: the first page has no number (CSS cannot start later).
    `@page :first { @top-center { content: ${page.firstNumberedPage <= 1 ? 'counter(page)' : 'none'}; } }`,
    '.print-document {',
    `  --print-font: ${font};`,
    `  --print-page-width: ${mm(page.widthMm)};`,
    `  --print-page-height: ${mm(page.heightMm)};`,
    `  --print-margin-top: ${mm(margins.topMm)};`,
    `  --print-margin-right: ${mm(margins.rightMm)};`,
    `  --print-margin-bottom: ${mm(margins.bottomMm)};`,
    `  --print-margin-left: ${mm(margins.leftMm)};`,
    `  --print-left-column: ${format.leftColumnPercent}%;`,
    `  --print-title-space: ${format.spacing.beforeTitlePt}pt;`,
    `  --print-signature-space: ${format.spacing.beforeSignaturePt}pt;`,
    `  --print-body-indent: ${mm(body.firstLineIndentMm)};`,
    `  --print-line-height: ${body.lineSpacing};`,
    `  --print-paragraph-space: ${body.spaceBeforePt}pt;`,
    '}',
    ...styleRules,
    ...headingAlignments,
  ].join('\n');
}

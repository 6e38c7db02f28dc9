import type { PartyDocumentFormat, PrintableBlock, PrintableHeading, PrintableParagraph } from '@van-kien/schema';
import { BorderStyle, Paragraph, type ParagraphChild, type Table, TextRun } from 'docx';
import { ALIGNMENT, lineSpacing, styledRun, twips } from './docxText.js';
import { plainTable } from './plainTable.js';
import { type Revisions, revisedRun } from './revisions.js';
import { targetsTable } from './targetsTable.js';

/**
 * The document's text as .docx paragraphs and tables, in the format's styles; runs with a revision
 * as tracked changes. The last paragraph is kept with what follows, the signature block, so that
 * the signature never stands on a page without a line of the text above it.
 */
export function bodyBlocks(blocks: readonly PrintableBlock[], format: PartyDocumentFormat, revisions: Revisions): (Paragraph | Table)[] {
  return blocks.flatMap((block, index) => blockParts(block, format, revisions, index === blocks.length - 1));
}

/** One block as .docx parts; TypeScript checks that every kind of block is handled. */
function blockParts(block: PrintableBlock, format: PartyDocumentFormat, revisions: Revisions, last: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return headingParagraphs(block, format, revisions);
    case 'paragraph':
      return [textParagraph(block, format, revisions, last)];
    case 'targets':
      // A table that ends the text keeps its last rows, and the space after it, with the signature.
      return [targetsTable(block, format, revisions, last), spacer(format, last)];
    case 'table':
      return [plainTable(block, format, last), spacer(format, last)];
    case 'rule':
      return [
        new Paragraph({
          spacing: bodySpacing(format),
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
        }),
      ];
  }
}

/** Spacing of body text: the format's line height and the space before each paragraph. */
function bodySpacing(format: PartyDocumentFormat) {
  return lineSpacing(format.body.lineSpacing, format.body.spaceBeforePt);
}

/**
 * A section heading in the style of its level: "PHẦN THỨ NHẤT" on a line of its own above its
 * title, the others ("I.", "1.", "a)") before the title on the same line. Kept with what follows.
 */
function headingParagraphs(heading: PrintableHeading, format: PartyDocumentFormat, revisions: Revisions): Paragraph[] {
  const style = format.headings[heading.numbering];
  const headingRun = (text: string) => revisedRun(text, style, format, revisions, heading.revision);
  const paragraph = (children: ParagraphChild[]) =>
    new Paragraph({
      children,
      alignment: ALIGNMENT[style.align],
      spacing: bodySpacing(format),
      indent: style.align === 'center' ? {} : { firstLine: twips(format.body.firstLineIndentMm) },
      keepNext: true,
    });
  if (style.labelOnOwnLine && heading.label) {
    return [paragraph([headingRun(heading.label)]), paragraph([headingRun(heading.title)])];
  }
  return [paragraph([headingRun(heading.label ? `${heading.label} ${heading.title}` : heading.title)])];
}

function textParagraph(paragraph: PrintableParagraph, format: PartyDocumentFormat, revisions: Revisions, last: boolean): Paragraph {
  const style = format.body;
  const variantEmphasis = { bold: paragraph.variant === 'heading', italic: paragraph.variant === 'quote' };
  const children: ParagraphChild[] = paragraph.marker ? [styledRun(`${paragraph.marker} `, style, format, variantEmphasis)] : [];
  for (const run of paragraph.runs) {
    if (run.lineBreak) children.push(run.revision ? revisions.run(run.revision, { break: 1 }) : new TextRun({ break: 1 }));
    else
      children.push(
        revisedRun(run.text, style, format, revisions, run.revision, {
          ...run,
          bold: run.bold || variantEmphasis.bold,
          italic: run.italic || variantEmphasis.italic,
        }),
      );
  }
  return new Paragraph({
    children,
    alignment: ALIGNMENT[paragraph.variant === 'code' ? 'left' : style.align],
    spacing: bodySpacing(format),
    indent: {
      firstLine: twips(style.firstLineIndentMm),
      ...(paragraph.indentLevel > 0 && { left: twips(paragraph.indentLevel * style.nestingIndentMm) }),
    },
    keepNext: paragraph.variant === 'heading' || last,
  });
}

/** Word sets two tables in a row as one; an empty paragraph keeps them apart and spaces the text after. */
function spacer(format: PartyDocumentFormat, keepNext: boolean): Paragraph {
  return new Paragraph({ spacing: bodySpacing(format), keepNext });
}

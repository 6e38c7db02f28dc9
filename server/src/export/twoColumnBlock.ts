import type { PartyDocumentFormat } from '@van-kien/schema';
import { type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { NO_BORDERS, twips } from './docxText.js';

/** Width of the text between the margins. */
export function textWidthTwips(format: PartyDocumentFormat): number {
  const { widthMm, marginsMm } = format.page;
  return twips(widthMm - marginsMm.leftMm - marginsMm.rightMm);
}

/** The widths of a borderless two-column block (header, signature) across the text width. */
export function twoColumnWidths(format: PartyDocumentFormat): [number, number] {
  const total = textWidthTwips(format);
  const left = Math.round((total * format.leftColumnPercent) / 100);
  return [left, total - left];
}

/**
 * A borderless table laying out `rows` of a left and a right column. Its cells have no padding of
 * their own: their lines are centred (or start at the margin, as "Nơi nhận:"), and the columns
 * need all the width for a ward's name on the left and the place and date on the right. A row is
 * never split by a page break: "T/M CHI BỘ" at the foot of one page and "BÍ THƯ" atop the next
 * is what a long report got before.
 */
export function twoColumnBlock(rows: [Paragraph[], Paragraph[]][], format: PartyDocumentFormat): Table {
  const widths = twoColumnWidths(format);
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, index) => new TableCell({ children, width: { size: widths[index]!, type: WidthType.DXA }, borders: NO_BORDERS }),
          ),
        }),
    ),
  });
}

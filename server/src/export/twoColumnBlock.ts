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

/** A borderless table laying out `rows` of a left and a right column. */
export function twoColumnBlock(rows: [Paragraph[], Paragraph[]][], format: PartyDocumentFormat): Table {
  const widths = twoColumnWidths(format);
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, index) => new TableCell({ children, width: { size: widths[index]!, type: WidthType.DXA }, borders: NO_BORDERS }),
          ),
        }),
    ),
  });
}

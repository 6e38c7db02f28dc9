import type { PartyDocumentFormat, PrintableRun, PrintableTable, PrintableTableCell } from '@van-kien/schema';
import { BorderStyle, type ParagraphChild, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import { line, styledRun, twips } from './docxText.js';
import { textWidthTwips } from './twoColumnBlock.js';

/** Room between a cell's border and its text, as in the chỉ tiêu table. */
const CELL_PADDING_MM = 1;

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' };

/** Every line of a plain table drawn, as a table typed in a Party document has them. */
export const PLAIN_TABLE_BORDERS = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
};

/**
 * A plain table (typed, or brought from a Word draft) as a Word table across the text width:
 * columns of equal width, every border drawn, each cell's paragraphs single-spaced in the body
 * font. Header rows at its top are repeated on every page; a row is never split by a page break.
 */
export function plainTable(table: PrintableTable, format: PartyDocumentFormat, keepWithNext = false): Table {
  const total = textWidthTwips(format);
  const columns = Math.max(1, table.columns);
  const columnWidth = Math.floor(total / columns);
  const widths = Array.from({ length: columns }, (_, index) => (index === columns - 1 ? total - columnWidth * (columns - 1) : columnWidth));
  const leadingHeaders = table.rows.findIndex((row) => !row.every((cell) => cell.header));
  const headerRows = leadingHeaders === -1 ? table.rows.length : leadingHeaders;

  const cell = (value: PrintableTableCell, keepNext: boolean) => {
    const style = value.header ? format.plainTable.head : format.plainTable.cell;
    return new TableCell({
      children: value.paragraphs.map((runs) => line(cellRuns(runs, style, format), { align: value.header ? 'center' : 'left', keepNext })),
      width: { size: columnWidth * value.colspan, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(value.colspan > 1 && { columnSpan: value.colspan }),
      ...(value.rowspan > 1 && { rowSpan: value.rowspan }),
    });
  };
  const padding = twips(CELL_PADDING_MM);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: PLAIN_TABLE_BORDERS,
    margins: { top: 0, bottom: 0, left: padding, right: padding },
    rows: table.rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index < headerRows && headerRows < table.rows.length,
          cantSplit: true,
          children: row.map((value) => cell(value, keepWithNext && index === table.rows.length - 1)),
        }),
    ),
  });
}

function cellRuns(
  runs: readonly PrintableRun[],
  style: PartyDocumentFormat['plainTable']['cell'],
  format: PartyDocumentFormat,
): ParagraphChild[] {
  return runs.map((run) => (run.lineBreak ? new TextRun({ break: 1 }) : styledRun(run.text, style, format, run)));
}

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
 * columns as wide as their text asks (`columnPercents`), every border drawn, each cell's paragraphs single-spaced in the body
 * font. Header rows at its top are repeated on every page; a row is never split by a page break.
 */
export function plainTable(table: PrintableTable, format: PartyDocumentFormat, keepWithNext = false): Table {
  const total = textWidthTwips(format);
  const percents = table.columnPercents.length ? table.columnPercents : [100];
  const widths = percents.map((percent) => Math.floor((total * percent) / 100));
  // Whatever rounding left over goes to the last column, so the table spans the text exactly.
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  const column = new Map<PrintableTableCell, number>();
  const leadingHeaders = table.rows.findIndex((row) => !row.every((cell) => cell.header));
  const headerRows = leadingHeaders === -1 ? table.rows.length : leadingHeaders;

  // Each cell's first column, counting the columns that cells spanning rows from above take.
  const covered = table.rows.map(() => new Set<number>());
  table.rows.forEach((row, rowIndex) => {
    let at = 0;
    for (const value of row) {
      while (covered[rowIndex]!.has(at)) at += 1;
      column.set(value, at);
      for (let below = rowIndex + 1; below < rowIndex + value.rowspan && below < table.rows.length; below += 1)
        for (let c = at; c < at + value.colspan; c += 1) covered[below]!.add(c);
      at += value.colspan;
    }
  });
  const cellWidth = (value: PrintableTableCell) => {
    const from = column.get(value) ?? 0;
    return widths.slice(from, from + value.colspan).reduce((a, b) => a + b, 0) || widths[0]!;
  };
  const cell = (value: PrintableTableCell, keepNext: boolean) => {
    const style = value.header ? format.plainTable.head : format.plainTable.cell;
    return new TableCell({
      children: value.paragraphs.map((runs) => line(cellRuns(runs, style, format), { align: value.header ? 'center' : 'left', keepNext })),
      width: { size: cellWidth(value), type: WidthType.DXA },
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

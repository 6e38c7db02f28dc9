import { type PartyDocumentFormat, type PrintableTargets, type TextStyle, targetColumnPercents } from '@van-kien/schema';
import { Table, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { styledLine, twips } from './docxText.js';
import { textWidthTwips } from './twoColumnBlock.js';

/** Room between a cell's border and its text. */
const CELL_PADDING_MM = 1;

/**
 * A chỉ tiêu table (DOMAIN.md A6) as a real Word table: the template's columns as its head row,
 * repeated on every page; one row per chỉ tiêu with TT and "Đánh giá" as computed; a last row
 * with "Đạt x/y chỉ tiêu" across the table.
 */
export function targetsTable(table: PrintableTargets, format: PartyDocumentFormat): Table {
  const widths = columnWidths(table, format);
  const cell = (text: string, style: TextStyle, index: number, align: 'center' | 'left' = 'center') =>
    new TableCell({
      children: [styledLine(text, style, format, { align })],
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) => cell(column.label, format.table.head, index)),
  });
  const rows = table.rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: values.map((value, index) =>
          cell(value, format.table.cell, index, table.columns[index]?.kind === 'text' ? 'left' : 'center'),
        ),
      }),
  );
  const count = new TableRow({
    children: [
      new TableCell({
        children: [styledLine(table.count, format.table.head, format)],
        columnSpan: Math.max(1, table.columns.length),
        width: { size: textWidthTwips(format), type: WidthType.DXA },
      }),
    ],
  });
  const padding = twips(CELL_PADDING_MM);
  return new Table({
    width: { size: textWidthTwips(format), type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 0, bottom: 0, left: padding, right: padding },
    rows: [head, ...rows, count],
  });
}

function columnWidths(table: PrintableTargets, format: PartyDocumentFormat): number[] {
  const total = textWidthTwips(format);
  const widths = targetColumnPercents(table.columns, format).map((percent) => Math.floor((total * percent) / 100));
  // Whatever rounding left over goes to the last column, so the table spans the text exactly.
  if (widths.length > 0) widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

import { type PartyDocumentFormat, type PrintableTargets, type RevisionKind, type TextStyle, targetColumnPercents } from '@van-kien/schema';
import { type ParagraphChild, Table, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { line, twips } from './docxText.js';
import { type Revisions, revisedRun } from './revisions.js';
import { textWidthTwips } from './twoColumnBlock.js';

/** Room between a cell's border and its text. */
const CELL_PADDING_MM = 1;

/**
 * `text` with a zero-width space after each "/" between letters, where a line may then break: a
 * narrow ĐVT column sets "triệu đồng/người/năm" as "triệu đồng/ người/năm" rather than cutting
 * it letter by letter ("đồng/n", "gười/n", "ăm"), as both Word and LibreOffice do without one.
 */
export function breakableSlashes(text: string): string {
  return text.replace(/(?<=\p{L})\/(?=\p{L})/gu, '/\u200b');
}

/**
 * A chỉ tiêu table (DOMAIN.md A6) as a real Word table: the template's columns as its head row,
 * repeated on every page; one row per chỉ tiêu with TT and "Đánh giá" as computed; a last row
 * with "Đạt x/y chỉ tiêu" across the table when it has something to assess. In a comparison, rows inserted or deleted and cells
 * changed are tracked changes: the older text deleted before the newer one inserted.
 */
export function targetsTable(table: PrintableTargets, format: PartyDocumentFormat, revisions: Revisions, keepWithNext = false): Table {
  const widths = columnWidths(table, format);
  /** A cell's text, or its older text deleted then its newer one inserted. */
  const runs = (text: string, style: TextStyle, revision: RevisionKind | undefined, previous: string | null = null): ParagraphChild[] =>
    previous === null
      ? [revisedRun(breakableSlashes(text), style, format, revisions, revision)]
      : [
          ...(previous ? [revisedRun(breakableSlashes(previous), style, format, revisions, 'deleted')] : []),
          ...(text ? [revisedRun(breakableSlashes(text), style, format, revisions, 'inserted')] : []),
        ];
  const cell = (children: ParagraphChild[], index: number, align: 'center' | 'left' = 'center', keepNext = false) =>
    new TableCell({
      children: [line(children, { align, keepNext })],
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
    });
  /** A whole row inserted or deleted is tracked as such too, so rejecting or accepting it leaves no empty row. */
  const rowRevision = (revision: RevisionKind | undefined) =>
    revision === undefined ? {} : { [revision === 'inserted' ? 'insertion' : 'deletion']: revisions.mark() };
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    ...rowRevision(table.revision),
    children: table.columns.map((column, index) => cell(runs(column.label, format.table.head, table.revision), index)),
  });
  const rows = table.rows.map((values, rowIndex) => {
    const change = table.rowRevisions?.[rowIndex] ?? null;
    const wholeRow = table.revision ?? (change && change.kind !== 'cells' ? change.kind : undefined);
    const previous = change?.kind === 'cells' ? change.previous : [];
    return new TableRow({
      cantSplit: true,
      ...rowRevision(wholeRow),
      children: values.map((value, index) =>
        cell(
          runs(value, format.table.cell, wholeRow, previous[index] ?? null),
          index,
          table.columns[index]?.kind === 'text' ? 'left' : 'center',
          keepWithNext && rowIndex === table.rows.length - 1,
        ),
      ),
    });
  });
  // A table with nothing to assess has no tally; in a comparison, a tally one version lost is shown deleted.
  const hasCount = table.count !== '' || Boolean(table.previousCount);
  const count = new TableRow({
    ...rowRevision(table.revision),
    children: [
      new TableCell({
        children: [line(runs(table.count, format.table.head, table.revision, table.previousCount ?? null), { keepNext: keepWithNext })],
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
    rows: [head, ...rows, ...(hasCount ? [count] : [])],
  });
}

function columnWidths(table: PrintableTargets, format: PartyDocumentFormat): number[] {
  const total = textWidthTwips(format);
  const widths = targetColumnPercents(table.columns, format).map((percent) => Math.floor((total * percent) / 100));
  // Whatever rounding left over goes to the last column, so the table spans the text exactly.
  if (widths.length > 0) widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

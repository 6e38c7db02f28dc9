import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TableMap } from '@tiptap/pm/tables';
import type { SectionNumbering, TargetColumnKind } from '@van-kien/templates';
import { sectionLabels } from '../sectionLabels.js';
import { parseColumns, type TargetCell, targetCells } from '../targetCells.js';
import { rowVerdict, tableTally, targetRowValues, targetTableCount } from '../targetRows.js';
import { summaryText, tallyText, verdictText } from '../targetTexts.js';

/** A stretch of text with its marks, or a line break. */
export interface PrintableRun {
  text: string;
  /** A line break inside the paragraph (Shift+Enter); `text` is empty. */
  lineBreak: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** In a comparison: text the newer version added, or the older one had and the newer dropped. */
  revision?: RevisionKind;
}

/** A tracked change, as Word shows one. */
export type RevisionKind = 'inserted' | 'deleted';

/** A section's heading: its computed label ("I.", "" for an unnumbered one) and its title. */
export interface PrintableHeading {
  kind: 'heading';
  sectionId: string;
  numbering: SectionNumbering;
  label: string;
  title: string;
  /** In a comparison: a section only the newer (inserted) or the older (deleted) version has. */
  revision?: RevisionKind;
}

export interface PrintableParagraph {
  kind: 'paragraph';
  /** text: body text; heading: a heading typed in the text; quote: a quotation; code: preformatted. */
  variant: 'text' | 'heading' | 'quote' | 'code';
  runs: PrintableRun[];
  /** "-" for a bullet, "1." for a numbered item, "" otherwise. */
  marker: string;
  /** Nesting of lists and quotations, 0 at the top. */
  indentLevel: number;
}

/** A chỉ tiêu table with every cell as printed, the computed ones (TT, Đánh giá) included. */
export interface PrintableTargets {
  kind: 'targets';
  tableId: string;
  columns: { label: string; kind: TargetColumnKind }[];
  rows: string[][];
  /** "Đạt 8/12 chỉ tiêu"; '' for a table with nothing to assess (next term's targets), which has no tally. */
  count: string;
  /** In a comparison: a table only one version has. */
  revision?: RevisionKind;
  /** In a comparison, one per row: how the row changed, null when it did not. */
  rowRevisions?: (PrintableRowRevision | null)[];
  /** In a comparison: the older version's count, when it differs. */
  previousCount?: string;
}

/**
 * How a row of a compared table changed: inserted or deleted as a whole (its cells in `rows` are
 * the inserted or the deleted texts), or kept with some cells changed, each with its older text
 * (null for a cell that did not change).
 */
export type PrintableRowRevision = { kind: RevisionKind } | { kind: 'cells'; previous: (string | null)[] };

/** One cell of a plain table: its paragraphs as runs, and how many columns and rows it spans. */
export interface PrintableTableCell {
  /** A cell of a header row (`tableHeader`), printed bold and repeated on every page. */
  header: boolean;
  colspan: number;
  rowspan: number;
  /** One entry per paragraph of the cell; an empty cell has one paragraph without runs. */
  paragraphs: PrintableRun[][];
}

/** A plain table, as typed or imported from Word: rows of cells, `columns` wide. */
export interface PrintableTable {
  kind: 'table';
  columns: number;
  /** The share of the table's width each column takes, in percent, by the length of its cells' text. */
  columnPercents: number[];
  /** Each row's own cells, left to right; a cell spanning rows is only in its first row. */
  rows: PrintableTableCell[][];
}

export interface PrintableRule {
  kind: 'rule';
}

export type PrintableBlock = PrintableHeading | PrintableParagraph | PrintableTargets | PrintableTable | PrintableRule;

/**
 * The document's text as the blocks a printed copy shows, in order, for the .docx writer and the
 * print view alike: section headings with their computed numbers, the text, the chỉ tiêu tables
 * with their computed cells, "đạt x/y chỉ tiêu" counted. What is for the drafters only (guidance,
 * assignees, statuses) is never read, and empty paragraphs are left out.
 */
export function printableBlocks(doc: ProseMirrorNode): PrintableBlock[] {
  const labels = sectionLabels(doc);
  const summaries = new Map<string, string>();
  const summaryOf = (tableId: string) => {
    let text = summaries.get(tableId);
    if (text === undefined) {
      text = summaryText(targetTableCount(doc, tableId));
      summaries.set(tableId, text);
    }
    return text;
  };
  const blocks: PrintableBlock[] = [];

  const visit: PrintedBlockVisitor = (node, position, context) => {
    switch (node.type.name) {
      case 'section':
        blocks.push({
          kind: 'heading',
          sectionId: String(node.attrs.sectionId ?? ''),
          numbering: node.attrs.numbering as SectionNumbering,
          label: labels.get(position) ?? '',
          title: String(node.attrs.title ?? ''),
        });
        walkPrintedBlocks(node, position + 1, visit, context);
        return;
      case 'paragraph':
      case 'heading':
      case 'codeBlock': {
        const runs = inlineRuns(node, summaryOf);
        if (runs.some((run) => run.text.trim() !== '')) blocks.push({ kind: 'paragraph', ...textblockContext(node, context), runs });
        return;
      }
      case 'targetsTable': {
        const table = targetsBlock(node);
        // A table without (well-formed) columns has nothing to print, and Word refuses rows without cells.
        if (table.columns.length > 0) blocks.push(table);
        return;
      }
      case 'table': {
        const table = plainTableBlock(node, summaryOf);
        if (table.rows.length > 0) blocks.push(table);
        return;
      }
      case 'horizontalRule':
        blocks.push({ kind: 'rule' });
        return;
      default:
        walkPrintedBlocks(node, position + 1, visit, context);
    }
  };
  walkPrintedBlocks(doc, 0, visit);
  return blocks;
}

/** Where a block stands in the printed copy: its list marker, its nesting, its kind of paragraph. */
export type PrintedContext = Pick<PrintableParagraph, 'marker' | 'indentLevel' | 'variant'>;

export type PrintedBlockVisitor = (node: ProseMirrorNode, position: number, context: PrintedContext) => void;

const TOP_CONTEXT: PrintedContext = { marker: '', indentLevel: 0, variant: 'text' };

/**
 * Calls `visit` for each child of `parent` (whose content starts at `contentStart`) with its
 * position and context, walking through lists and quotations so that their paragraphs come with
 * their marker and nesting. `visit` descends into other containers (sections) itself.
 */
export function walkPrintedBlocks(
  parent: ProseMirrorNode,
  contentStart: number,
  visit: PrintedBlockVisitor,
  context: PrintedContext = TOP_CONTEXT,
): void {
  parent.forEach((child, offset) => {
    walkPrintedBlock(child, contentStart + offset, visit, context);
  });
}

function walkPrintedBlock(node: ProseMirrorNode, position: number, visit: PrintedBlockVisitor, context: PrintedContext): void {
  switch (node.type.name) {
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs.start ?? 1);
      node.forEach((item, offset, index) => {
        const marker = node.type.name === 'bulletList' ? '-' : `${start + index}.`;
        // Only the item's first paragraph carries the marker; what follows is indented under it.
        let first = true;
        item.forEach((child, childOffset) => {
          const nested = child.type.name === 'bulletList' || child.type.name === 'orderedList';
          walkPrintedBlock(child, position + 1 + offset + 1 + childOffset, visit, {
            ...context,
            marker: first && !nested ? marker : '',
            indentLevel: context.indentLevel + (nested ? 1 : 0),
          });
          first = false;
        });
      });
      return;
    }
    case 'blockquote':
      walkPrintedBlocks(node, position + 1, visit, { ...context, variant: 'quote', indentLevel: context.indentLevel + 1 });
      return;
    default:
      visit(node, position, context);
  }
}

/** A textblock's context with its own kind: a heading typed in the text, or preformatted code. */
export function textblockContext(node: ProseMirrorNode, context: PrintedContext): PrintedContext {
  const variant = node.type.name === 'heading' ? 'heading' : node.type.name === 'codeBlock' ? 'code' : context.variant;
  return { ...context, variant };
}

function inlineRuns(node: ProseMirrorNode, summaryOf: (tableId: string) => string): PrintableRun[] {
  const runs: PrintableRun[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hardBreak') runs.push({ ...markFlags(child.marks), text: '', lineBreak: true });
    else if (child.type.name === 'targetSummary')
      runs.push({ ...markFlags(child.marks), text: summaryOf(String(child.attrs.tableId ?? '')), lineBreak: false });
    else if (child.isText) runs.push({ ...markFlags(child.marks), text: child.text ?? '', lineBreak: false });
  });
  return runs;
}

/** The marks a printed run shows. */
export function markFlags(marks: readonly Mark[]): Omit<PrintableRun, 'text' | 'lineBreak' | 'revision'> {
  const has = (name: string) => marks.some((mark) => mark.type.name === name);
  return { bold: has('bold'), italic: has('italic'), underline: has('underline'), strike: has('strike'), code: has('code') };
}

function plainTableBlock(table: ProseMirrorNode, summaryOf: (tableId: string) => string): PrintableTable {
  const rows: PrintableTableCell[][] = [];
  table.forEach((row) => {
    const cells: PrintableTableCell[] = [];
    row.forEach((cell) => {
      const paragraphs: PrintableRun[][] = [];
      cell.forEach((child) => {
        paragraphs.push(
          child.isTextblock ? inlineRuns(child, summaryOf) : [{ ...markFlags([]), text: child.textContent, lineBreak: false }],
        );
      });
      cells.push({
        header: cell.type.name === 'tableHeader',
        colspan: Math.max(1, Number(cell.attrs.colspan ?? 1)),
        rowspan: Math.max(1, Number(cell.attrs.rowspan ?? 1)),
        paragraphs: paragraphs.length ? paragraphs : [[]],
      });
    });
    if (cells.length) rows.push(cells);
  });
  const columnPercents = rows.length ? plainColumnPercents(table) : [];
  return { kind: 'table', columns: columnPercents.length, columnPercents, rows };
}

/** A column's weight lies between these many characters: "TT" keeps room for itself, a long text does not take the table. */
const MIN_COLUMN_WEIGHT = 4;
const MAX_COLUMN_WEIGHT = 40;

/** Each column's share of the width, by the longest text of its cells that span it alone. */
function plainColumnPercents(table: ProseMirrorNode): number[] {
  const map = TableMap.get(table);
  const weights = Array.from({ length: map.width }, () => MIN_COLUMN_WEIGHT);
  map.map.forEach((position, index) => {
    const cell = table.nodeAt(position);
    if (!cell || Number(cell.attrs.colspan ?? 1) !== 1) return;
    const column = index % map.width;
    weights[column] = Math.max(weights[column]!, Math.min(MAX_COLUMN_WEIGHT, cell.textContent.length));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (weight / sum) * 100);
}

function targetsBlock(table: ProseMirrorNode): PrintableTargets {
  const columns = parseColumns(table.attrs.columns);
  const cells = targetCells(columns);
  const rows: string[][] = [];
  table.forEach((row, _offset, index) => {
    rows.push(cells.map((cell) => targetCellText(cell, row, String(index + 1))));
  });
  return {
    kind: 'targets',
    tableId: String(table.attrs.tableId ?? ''),
    columns: columns.map(({ label, kind }) => ({ label, kind })),
    rows,
    count: tallyText(tableTally(table)),
  };
}

/** A cell of a chỉ tiêu row as printed; `index` is what the TT column shows. */
export function targetCellText(cell: TargetCell, row: ProseMirrorNode, index: string): string {
  switch (cell.kind) {
    case 'index':
      return index;
    case 'value':
      return String(row.attrs[cell.attribute] ?? '');
    case 'verdict':
      return verdictText(rowVerdict(targetRowValues(row)));
    case 'unused':
      return '';
  }
}

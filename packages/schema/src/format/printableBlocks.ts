import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SectionNumbering, TargetColumnKind } from '@van-kien/templates';
import { sectionLabels } from '../sectionLabels.js';
import { parseColumns, targetCells } from '../targetCells.js';
import { rowVerdict, tableCount, targetRowValues, targetTableCount } from '../targetRows.js';
import { countText, summaryText, verdictText } from '../targetTexts.js';

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
}

/** A section's heading: its computed label ("I.", "" for an unnumbered one) and its title. */
export interface PrintableHeading {
  kind: 'heading';
  sectionId: string;
  numbering: SectionNumbering;
  label: string;
  title: string;
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
  /** "Đạt 8/12 chỉ tiêu". */
  count: string;
}

export interface PrintableRule {
  kind: 'rule';
}

export type PrintableBlock = PrintableHeading | PrintableParagraph | PrintableTargets | PrintableRule;

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

  const visit = (
    node: ProseMirrorNode,
    position: number,
    context: { marker: string; indentLevel: number; variant: PrintableParagraph['variant'] },
  ): void => {
    switch (node.type.name) {
      case 'section':
        blocks.push({
          kind: 'heading',
          sectionId: String(node.attrs.sectionId ?? ''),
          numbering: node.attrs.numbering as SectionNumbering,
          label: labels.get(position) ?? '',
          title: String(node.attrs.title ?? ''),
        });
        visitChildren(node, position + 1, context);
        return;
      case 'paragraph':
      case 'heading':
      case 'codeBlock': {
        const runs = inlineRuns(node, summaryOf);
        if (runs.some((run) => run.text.trim() !== '')) {
          const variant = node.type.name === 'heading' ? 'heading' : node.type.name === 'codeBlock' ? 'code' : context.variant;
          blocks.push({ kind: 'paragraph', variant, runs, marker: context.marker, indentLevel: context.indentLevel });
        }
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const start = Number(node.attrs.start ?? 1);
        node.forEach((item, offset, index) => {
          const marker = node.type.name === 'bulletList' ? '-' : `${start + index}.`;
          // Only the item's first paragraph carries the marker; what follows is indented under it.
          let first = true;
          item.forEach((child, childOffset) => {
            const nested = child.type.name === 'bulletList' || child.type.name === 'orderedList';
            visit(child, position + 1 + offset + 1 + childOffset, {
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
        visitChildren(node, position + 1, { ...context, variant: 'quote', indentLevel: context.indentLevel + 1 });
        return;
      case 'targetsTable': {
        const table = targetsBlock(node);
        // A table without (well-formed) columns has nothing to print, and Word refuses rows without cells.
        if (table.columns.length > 0) blocks.push(table);
        return;
      }
      case 'horizontalRule':
        blocks.push({ kind: 'rule' });
        return;
      default:
        visitChildren(node, position + 1, context);
    }
  };
  const visitChildren = (parent: ProseMirrorNode, contentStart: number, context: Parameters<typeof visit>[2]) =>
    parent.forEach((child, offset) => {
      visit(child, contentStart + offset, context);
    });

  visitChildren(doc, 0, { marker: '', indentLevel: 0, variant: 'text' });
  return blocks;
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

function markFlags(marks: readonly Mark[]): Omit<PrintableRun, 'text' | 'lineBreak'> {
  const has = (name: string) => marks.some((mark) => mark.type.name === name);
  return { bold: has('bold'), italic: has('italic'), underline: has('underline'), strike: has('strike'), code: has('code') };
}

function targetsBlock(table: ProseMirrorNode): PrintableTargets {
  const columns = parseColumns(table.attrs.columns);
  const cells = targetCells(columns);
  const rows: string[][] = [];
  table.forEach((row, _offset, index) => {
    const values = targetRowValues(row);
    // A named function: TypeScript checks that the switch covers every kind of cell.
    const cellText = (cell: (typeof cells)[number]): string => {
      switch (cell.kind) {
        case 'index':
          return String(index + 1);
        case 'value':
          return String(row.attrs[cell.attribute] ?? '');
        case 'verdict':
          return verdictText(rowVerdict(values));
        case 'unused':
          return '';
      }
    };
    rows.push(cells.map(cellText));
  });
  return {
    kind: 'targets',
    tableId: String(table.attrs.tableId ?? ''),
    columns: columns.map(({ label, kind }) => ({ label, kind })),
    rows,
    count: countText(tableCount(table)),
  };
}

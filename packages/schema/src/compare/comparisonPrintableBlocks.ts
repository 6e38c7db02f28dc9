import type {
  PrintableBlock,
  PrintableParagraph,
  PrintableRowRevision,
  PrintableRun,
  PrintableTargets,
} from '../format/printableBlocks.js';
import { attributeChangeText, comparisonSummaryText, comparisonTitle } from './comparisonTexts.js';
import type { ComparedBlock, ComparedRun, ComparedSection, ComparedTargets, DocumentComparison } from './documentComparison.js';

/** The two versions' names, for the lines that say what is compared. */
export interface ComparedVersionLabels {
  olderLabel: string;
  newerLabel: string;
}

/**
 * A comparison as printable blocks with tracked changes, for the Party-format writer: every
 * section with its heading, the text with inserted and deleted words as revisions, chỉ tiêu
 * tables with their changed cells. A changed attribute (a status) is a short italic note under
 * the heading, not a revision: accepting all changes gives the newer text. With `labels`, the
 * blocks open with which versions are compared and how much changed.
 */
export function comparisonPrintableBlocks(comparison: DocumentComparison, labels?: ComparedVersionLabels): PrintableBlock[] {
  const intro: PrintableBlock[] = labels
    ? [
        paragraph([run(comparisonTitle(labels.olderLabel, labels.newerLabel), { bold: true })]),
        paragraph([run(comparisonSummaryText(comparison.summary), { italic: true })]),
      ]
    : [];
  return [...intro, ...comparison.sections.flatMap(sectionBlocks)];
}

function sectionBlocks(section: ComparedSection): PrintableBlock[] {
  const heading: PrintableBlock[] =
    section.sectionId === null
      ? []
      : [
          {
            kind: 'heading',
            sectionId: section.sectionId,
            numbering: section.numbering,
            label: section.label,
            title: section.title,
            ...(section.change && { revision: section.change }),
          },
        ];
  const notes = section.attributeChanges.map((change) => paragraph([run(`(${attributeChangeText(change)})`, { italic: true })]));
  return [...heading, ...notes, ...section.blocks.flatMap(printedBlock)];
}

function printedBlock(block: ComparedBlock): PrintableBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ ...block, runs: block.runs.map(printedRun) }];
    case 'rule':
      // A rule is a paragraph's border, which Word cannot track: a dropped one is left out.
      return block.change === 'deleted' ? [] : [{ kind: 'rule' }];
    case 'targets':
      return [printedTargets(block)];
  }
}

function printedRun({ change, ...run }: ComparedRun): PrintableRun {
  return { ...run, ...(change && { revision: change }) };
}

function printedTargets(table: ComparedTargets): PrintableTargets {
  const rowRevisions = table.rows.map((row): PrintableRowRevision | null => {
    if (row.change) return { kind: row.change };
    const previous = row.cells.map((cell) => (cell.before === cell.after ? null : cell.before));
    return previous.some((cell) => cell !== null) ? { kind: 'cells', previous } : null;
  });
  const { before, after } = table.count;
  return {
    kind: 'targets',
    tableId: table.tableId,
    columns: table.columns,
    rows: table.rows.map((row) => row.cells.map((cell) => (row.change === 'deleted' ? cell.before : cell.after))),
    count: table.change === 'deleted' ? before : after,
    ...(table.change && { revision: table.change }),
    rowRevisions,
    ...(table.change === undefined && before !== after && { previousCount: before }),
  };
}

function run(text: string, emphasis: Partial<Pick<PrintableRun, 'bold' | 'italic'>> = {}): PrintableRun {
  return { text, lineBreak: false, bold: false, italic: false, underline: false, strike: false, code: false, ...emphasis };
}

function paragraph(runs: PrintableRun[]): PrintableParagraph {
  return { kind: 'paragraph', variant: 'text', runs, marker: '', indentLevel: 0 };
}

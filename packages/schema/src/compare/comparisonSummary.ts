import type { ChangeKind, ComparedBlock, ComparedRun, ComparedSection, ComparisonSummary } from './documentComparison.js';

/** Whether anything differs in a compared section: itself, an attribute, a word, a cell. */
export function sectionChanged(section: ComparedSection): boolean {
  return section.change !== undefined || section.attributeChanges.length > 0 || section.blocks.some(blockChanged);
}

function blockChanged(block: ComparedBlock): boolean {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.some((run) => run.change !== undefined);
    case 'rule':
      return block.change !== undefined;
    case 'targets':
      return (
        block.change !== undefined ||
        block.rows.some((row) => row.change !== undefined || row.cells.some((cell) => cell.before !== cell.after))
      );
  }
}

/** The counts a reader sees first: sections changed, words added and dropped, chỉ tiêu cells changed. */
export function comparisonSummary(sections: readonly ComparedSection[]): ComparisonSummary {
  const summary: ComparisonSummary = { changedSections: 0, insertedWords: 0, deletedWords: 0, changedCells: 0 };
  for (const section of sections) {
    if (section.changed) summary.changedSections++;
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        summary.insertedWords += wordCount(block.runs, 'inserted');
        summary.deletedWords += wordCount(block.runs, 'deleted');
      } else if (block.kind === 'targets') {
        for (const row of block.rows) {
          if (row.change === undefined) summary.changedCells += row.cells.filter((cell) => cell.before !== cell.after).length;
        }
      }
    }
  }
  return summary;
}

/** Words in the runs of one kind of change; a word split over runs (part of it bold) counts once. */
function wordCount(runs: readonly ComparedRun[], change: ChangeKind): number {
  const text = runs.map((run) => (run.change === change && !run.lineBreak ? run.text : ' ')).join('');
  return text.match(/\S+/g)?.length ?? 0;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  type AchievedCount,
  assessTarget,
  countAchieved,
  latestResult,
  type TargetComparison,
  type TargetVerdict,
} from '@van-kien/templates';
import { parseColumns } from './targetCells.js';

/** A chỉ tiêu row's values, as the editor, the outline and exports read them. */
export interface TargetRowValues {
  rowId: string;
  label: string;
  unit: string;
  comparison: TargetComparison;
  target: string;
  results: string[];
  nextTarget: string;
}

export function targetRowValues(row: ProseMirrorNode): TargetRowValues {
  const value = (key: string) => String(row.attrs[key] ?? '');
  return {
    rowId: value('rowId'),
    label: value('label'),
    unit: value('unit'),
    comparison: row.attrs.comparison === 'at-most' ? 'at-most' : 'at-least',
    target: value('target'),
    results: [value('result1'), value('result2'), value('result3')],
    nextTarget: value('nextTarget'),
  };
}

/** The "Đánh giá" of one row, computed from its target and latest result; never stored. */
export function rowVerdict(row: TargetRowValues): TargetVerdict {
  return assessTarget({ target: row.target, result: latestResult(row.results), comparison: row.comparison });
}

/** "đạt x/y chỉ tiêu" for the chỉ tiêu table node `table`, counted from its rows. */
export function tableCount(table: ProseMirrorNode): AchievedCount {
  const rows: TargetRowValues[] = [];
  table.forEach((row) => {
    rows.push(targetRowValues(row));
  });
  return countAchieved(rows.map((r) => ({ target: r.target, result: latestResult(r.results), comparison: r.comparison })));
}

/**
 * What the table's footer tallies ("Đạt x/y chỉ tiêu"), or null when the table has nothing to
 * assess: no "NQ đề ra" column (a table of the next term's targets, with no results to judge) or
 * no row with a target yet. "Đạt 0/0 chỉ tiêu" under such a table would read as a failure.
 */
export function tableTally(table: ProseMirrorNode): AchievedCount | null {
  if (!parseColumns(table.attrs.columns).some((column) => column.kind === 'target')) return null;
  const count = tableCount(table);
  return count.total > 0 ? count : null;
}

/** "đạt x/y chỉ tiêu" for the table `tableId` of the document (the first one with that id). */
export function targetTableCount(doc: ProseMirrorNode, tableId: string): AchievedCount | undefined {
  let count: AchievedCount | undefined;
  doc.descendants((node) => {
    if (count) return false;
    if (node.type.name !== 'targetsTable' || node.attrs.tableId !== tableId) return true;
    count = tableCount(node);
    return false;
  });
  return count;
}

import { type TargetColumn, type TargetColumnKind, targetColumnKinds } from '@van-kien/templates';
import { TARGET_ROW_VALUES, type TargetRowValue } from './nodes/targets.js';

/** A row attribute a person types into: the chỉ tiêu's name and unit, or one of its values. */
export type TargetCellAttribute = 'label' | 'unit' | TargetRowValue;

/** What one column of a chỉ tiêu table shows in each row. */
export type TargetCell =
  /** TT: the row's number, counted by the stylesheet, never stored. */
  | { kind: 'index'; column: TargetColumn }
  | { kind: 'value'; column: TargetColumn; attribute: TargetCellAttribute }
  /** Đánh giá: computed from target and results, never stored. */
  | { kind: 'verdict'; column: TargetColumn }
  /** A column the row has no attribute for (a fourth result year): shown empty. */
  | { kind: 'unused'; column: TargetColumn };

/** The attributes each kind of column fills, in order: the n-th result column is `result<n>`. */
const ATTRIBUTES: Record<Exclude<TargetColumnKind, 'index' | 'assessment'>, readonly TargetCellAttribute[]> = {
  text: ['label'],
  unit: ['unit'],
  target: ['target'],
  result: TARGET_ROW_VALUES.filter((value) => value.startsWith('result')),
  'next-target': ['nextTarget'],
};

/** The table's `columns` attribute as stored, keeping only well-formed columns. */
export function parseColumns(value: unknown): TargetColumn[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (column): column is TargetColumn =>
      typeof column === 'object' &&
      column !== null &&
      typeof (column as TargetColumn).id === 'string' &&
      typeof (column as TargetColumn).label === 'string' &&
      targetColumnKinds.includes((column as TargetColumn).kind),
  );
}

/** The cells of a row under `columns`, left to right. */
export function targetCells(columns: readonly TargetColumn[]): TargetCell[] {
  const used = new Set<TargetCellAttribute>();
  return columns.map((column): TargetCell => {
    if (column.kind === 'index') return { kind: 'index', column };
    if (column.kind === 'assessment') return { kind: 'verdict', column };
    const attribute = ATTRIBUTES[column.kind].find((candidate) => !used.has(candidate));
    if (attribute === undefined) return { kind: 'unused', column };
    used.add(attribute);
    return { kind: 'value', column, attribute };
  });
}

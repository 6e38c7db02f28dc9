import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { targetCellText } from '../format/printableBlocks.js';
import { parseColumns, type TargetCell, targetCells } from '../targetCells.js';
import { tableTally } from '../targetRows.js';
import { tallyText } from '../targetTexts.js';
import type { ChangeKind, ComparedTargetRow, ComparedTargets } from './documentComparison.js';

/**
 * Builds a compared chỉ tiêu table row by row, in the order of the merged versions. Cells follow
 * the columns of `table` (the newer table when both versions have it); a row kept in both is
 * read on each side, so a changed value, and the verdict it changes, shows as before and after.
 */
export class ComparedTargetsBuilder {
  private readonly rows: ComparedTargetRow[] = [];
  private readonly cells: TargetCell[];
  /** What the TT column counts: the rows of the newer version. */
  private keptRows = 0;

  constructor(
    private readonly table: ProseMirrorNode,
    private readonly olderTable: ProseMirrorNode | undefined,
    private readonly change: ChangeKind | undefined,
  ) {
    this.cells = targetCells(parseColumns(table.attrs.columns));
  }

  /** A row of the stretch being merged: `olderRow` is its counterpart when both versions have it. */
  addRow(row: ProseMirrorNode, change: ChangeKind | undefined, olderRow: ProseMirrorNode | undefined): void {
    const rowId = String(row.attrs.rowId ?? '');
    const texts = (node: ProseMirrorNode, index: string) => this.cells.map((cell) => targetCellText(cell, node, index));
    if (change === 'deleted') {
      this.rows.push({ rowId, change, cells: texts(row, '').map((before) => ({ before, after: '' })) });
      return;
    }
    const index = String(++this.keptRows);
    const after = texts(row, index);
    const before = change === 'inserted' || olderRow === undefined ? after.map(() => '') : texts(olderRow, index);
    this.rows.push({ rowId, ...(change && { change }), cells: after.map((text, i) => ({ before: before[i] ?? '', after: text })) });
  }

  /** The table, or null when it has no (well-formed) columns and so nothing to show, as `printableBlocks` decides. */
  finish(): ComparedTargets | null {
    if (this.cells.length === 0) return null;
    const own = tallyText(tableTally(this.table));
    const older = this.olderTable === undefined ? '' : tallyText(tableTally(this.olderTable));
    return {
      kind: 'targets',
      tableId: String(this.table.attrs.tableId ?? ''),
      ...(this.change && { change: this.change }),
      columns: parseColumns(this.table.attrs.columns).map(({ label, kind }) => ({ label, kind })),
      rows: this.rows,
      count: this.change === 'deleted' ? { before: own, after: '' } : { before: older, after: own },
    };
  }
}

import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { appendTargetRow, newRowId } from './appendTargetRow.js';

describe('adding a chỉ tiêu', () => {
  it('appends an empty row to the table', () => {
    const state = stateOf(templateDocument());
    const tablePosition = sectionPosition(state.doc, 'p1-chi-tieu') + 1;
    const before = state.doc.nodeAt(tablePosition)!.childCount;
    const after = state.apply(appendTargetRow(state, tablePosition, 'row-moi')!);
    const table = after.doc.nodeAt(tablePosition)!;
    expect(table.childCount).toBe(before + 1);
    expect(table.lastChild!.attrs).toMatchObject({ rowId: 'row-moi', label: '', target: '', comparison: 'at-least' });
    expect(appendTargetRow(state, 0, 'x')).toBeUndefined();
  });

  it('gives each new row an id of its own', () => {
    expect(newRowId()).toMatch(/^row-[0-9a-f]{16}$/);
    expect(newRowId()).not.toBe(newRowId());
  });
});

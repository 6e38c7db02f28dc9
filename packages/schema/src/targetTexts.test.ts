import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { findTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import { documentFromTemplate } from './documentFromTemplate.js';
import { documentSchema } from './documentSchema.js';
import { tableCount } from './targetRows.js';
import { countText, summaryText, verdictText } from './targetTexts.js';

/** The first chỉ tiêu table of a new chi bộ political report. */
function firstTargetsTable(): ProseMirrorNode {
  let next = 0;
  const doc = documentSchema().nodeFromJSON(documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => `s${++next}`));
  let table: ProseMirrorNode | undefined;
  doc.descendants((node) => {
    if (node.type.name === 'targetsTable') table ??= node;
    return !table;
  });
  return table!;
}

describe('what the chỉ tiêu table says', () => {
  it('names the verdicts, and says “chưa đánh giá” while a cell is blank or not a number', () => {
    expect(verdictText('dat')).toBe('Đạt');
    expect(verdictText('vuot')).toBe('Vượt');
    expect(verdictText('khong-dat')).toBe('Không đạt');
    expect(verdictText('chua-danh-gia')).toBe('chưa đánh giá');
  });

  it('counts the rows that reached their target among those that have one', () => {
    const table = firstTargetsTable();
    expect(tableCount(table)).toEqual({ achieved: 0, total: 0, unassessed: 0 });

    const rows: unknown[] = [];
    table.forEach((row, _offset, index) => {
      const values = [
        { target: '100%', result3: '100%' },
        { target: '≥ 85', result1: '90', result2: '80' },
        { target: '2', result3: '' },
      ][index];
      rows.push(row.type.create({ ...row.attrs, ...values }));
    });
    const filled = table.type.create(table.attrs, rows as never);
    const count = tableCount(filled);
    expect(count).toEqual({ achieved: 1, total: 3, unassessed: 1 });
    expect(countText(count)).toBe('Đạt 1/3 chỉ tiêu (1 chưa đánh giá)');
    expect(countText({ achieved: 12, total: 12, unassessed: 0 })).toBe('Đạt 12/12 chỉ tiêu');
    expect(summaryText(count)).toBe('đạt 1/3 chỉ tiêu');
    expect(summaryText(undefined)).toBe('đạt …/… chỉ tiêu');
  });
});

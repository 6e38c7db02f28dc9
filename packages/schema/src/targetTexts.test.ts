import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { findTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import { documentFromTemplate } from './documentFromTemplate.js';
import { documentSchema } from './documentSchema.js';
import { tableCount, tableTally } from './targetRows.js';
import { countText, summaryText, tallyText, verdictText } from './targetTexts.js';

/** The chỉ tiêu tables of a new chi bộ political report: the term's results, then the next term's targets. */
function targetsTables(): ProseMirrorNode[] {
  let next = 0;
  const doc = documentSchema().nodeFromJSON(documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => `s${++next}`));
  const tables: ProseMirrorNode[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'targetsTable') tables.push(node);
    return true;
  });
  return tables;
}

/** `table` with its first rows' attributes set to `values`. */
function filledWith(table: ProseMirrorNode, values: Record<string, string>[]): ProseMirrorNode {
  const rows: ProseMirrorNode[] = [];
  table.forEach((row, _offset, index) => {
    rows.push(row.type.create({ ...row.attrs, ...values[index] }));
  });
  return table.type.create(table.attrs, rows);
}

const firstTargetsTable = () => targetsTables()[0]!;

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

    const filled = filledWith(table, [
      { target: '100%', result3: '100%' },
      { target: '≥ 85', result1: '90', result2: '80' },
      { target: '2', result3: '' },
    ]);
    const count = tableCount(filled);
    expect(count).toEqual({ achieved: 1, total: 3, unassessed: 1 });
    expect(countText(count)).toBe('Đạt 1/3 chỉ tiêu (1 chưa đánh giá)');
    expect(countText({ achieved: 12, total: 12, unassessed: 0 })).toBe('Đạt 12/12 chỉ tiêu');
    expect(summaryText(count)).toBe('đạt 1/3 chỉ tiêu');
    expect(summaryText(undefined)).toBe('đạt …/… chỉ tiêu');
  });

  it('has no tally under a table with nothing to assess: next term’s targets, or no target typed yet', () => {
    const [results, nextTerm] = targetsTables() as [ProseMirrorNode, ProseMirrorNode];
    expect(tableTally(results)).toBeNull();
    expect(tallyText(tableTally(results))).toBe('');
    const assessed = filledWith(results, [{ target: '100%', result3: '100%' }]);
    expect(tallyText(tableTally(assessed))).toBe('Đạt 1/1 chỉ tiêu');
    // A target left in a row's attributes is not shown by a table without an "NQ đề ra" column, nor counted.
    const planned = filledWith(nextTerm, [{ target: '100%', result3: '100%', nextTarget: '100%' }]);
    expect(tableTally(planned)).toBeNull();
    expect(tallyText(tableTally(planned))).toBe('');
  });
});

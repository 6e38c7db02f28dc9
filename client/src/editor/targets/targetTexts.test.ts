import { describe, expect, it } from 'vitest';
import { sectionPosition, templateDocument } from '../testing/templateDocument.js';
import { countText, summaryText, tableCount, verdictText } from './targetTexts.js';

describe('what the chỉ tiêu table says', () => {
  it('names the verdicts, and says “chưa đánh giá” while a cell is blank or not a number', () => {
    expect(verdictText('dat')).toBe('Đạt');
    expect(verdictText('vuot')).toBe('Vượt');
    expect(verdictText('khong-dat')).toBe('Không đạt');
    expect(verdictText('chua-danh-gia')).toBe('chưa đánh giá');
  });

  it('counts the rows that reached their target among those that have one', () => {
    const doc = templateDocument();
    const table = doc.nodeAt(sectionPosition(doc, 'p1-chi-tieu') + 1)!;
    expect(table.type.name).toBe('targetsTable');
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

import { findTemplate, type TargetColumn } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import { parseColumns, targetCells } from './targetCells.js';

const columnsOf = (templateSectionId: string): TargetColumn[] => {
  const visit = (
    sections: readonly { id: string; body: { kind: string; columns?: TargetColumn[] }; children: readonly unknown[] }[],
  ): TargetColumn[] | undefined => {
    for (const section of sections) {
      if (section.id === templateSectionId) return section.body.columns;
      const inner = visit(section.children as typeof sections);
      if (inner) return inner;
    }
    return undefined;
  };
  return visit(findTemplate('bao-cao-chinh-tri-chi-bo')!.sections)!;
};

describe('the cells of a chỉ tiêu row', () => {
  it('bind the A6 columns to the row’s attributes: TT and Đánh giá computed, the three result years in order', () => {
    const cells = targetCells(columnsOf('p1-chi-tieu'));
    expect(cells.map((cell) => (cell.kind === 'value' ? cell.attribute : cell.kind))).toEqual([
      'index',
      'label',
      'unit',
      'target',
      'result1',
      'result2',
      'result3',
      'verdict',
      'nextTarget',
    ]);
  });

  it('fit the shorter table of next term’s targets', () => {
    expect(targetCells(columnsOf('p2-chi-tieu')).map((cell) => (cell.kind === 'value' ? cell.attribute : cell.kind))).toEqual([
      'index',
      'label',
      'unit',
      'nextTarget',
    ]);
  });

  it('leave a fourth result column empty rather than reuse a year', () => {
    const result = (id: string): TargetColumn => ({ id, label: id, kind: 'result' });
    const cells = targetCells([result('a'), result('b'), result('c'), result('d')]);
    expect(cells.map((cell) => (cell.kind === 'value' ? cell.attribute : cell.kind))).toEqual(['result1', 'result2', 'result3', 'unused']);
  });

  it('read only well-formed columns from the stored attribute', () => {
    expect(parseColumns([{ id: 'tt', label: 'TT', kind: 'index' }, { id: 'x', kind: 'bogus', label: 'X' }, null, 'tt'])).toEqual([
      { id: 'tt', label: 'TT', kind: 'index' },
    ]);
    expect(parseColumns(undefined)).toEqual([]);
  });
});

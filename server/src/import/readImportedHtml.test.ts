import { documentSchema, type JSONContent } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { readImportedHtml } from './readImportedHtml.js';

const onlyBlock = (html: string): JSONContent => {
  const { items } = readImportedHtml(html);
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item?.type !== 'block') throw new Error('expected a block');
  return item.node;
};

const cellTexts = (table: JSONContent) =>
  (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => [
      cell.type,
      (cell.content ?? []).map((p) => (p.content ?? []).map((node) => node.text ?? '').join('')).join('\n'),
    ]),
  );

describe('readImportedHtml', () => {
  it("keeps a Word table as a table: mammoth's th cells as header cells, each cell's text and emphasis", () => {
    const table = onlyBlock(
      '<table><thead><tr><th><p>TT</p></th><th><p>Chỉ tiêu</p></th></tr></thead>' +
        '<tbody><tr><td><p>1</p></td><td><p>Kết nạp <strong>3</strong> <em>đảng viên</em></p><p>Dòng hai</p></td></tr></tbody></table>',
    );
    expect(table.type).toBe('table');
    expect(cellTexts(table)).toEqual([
      [
        ['tableHeader', 'TT'],
        ['tableHeader', 'Chỉ tiêu'],
      ],
      [
        ['tableCell', '1'],
        ['tableCell', 'Kết nạp 3 đảng viên\nDòng hai'],
      ],
    ]);
    const runs = table.content![1]!.content![1]!.content![0]!.content!;
    expect(runs).toContainEqual({ type: 'text', text: '3', marks: [{ type: 'bold' }] });
    expect(runs).toContainEqual({ type: 'text', text: 'đảng viên', marks: [{ type: 'italic' }] });
    documentSchema()
      .nodeFromJSON({ type: 'doc', content: [table] })
      .check();
  });

  it('keeps merged cells as spans and pads ragged rows with empty cells, so the table is a rectangle', () => {
    const table = onlyBlock(
      '<table><tr><td colspan="2"><p>Gộp</p></td><td rowspan="5"><p>Dọc</p></td></tr><tr><td><p>a</p></td></tr></table>',
    );
    const rows = table.content!;
    expect(rows[0]!.content!.map((cell) => cell.attrs)).toEqual([
      { colspan: 2, rowspan: 1, colwidth: null },
      // A span past the last row is cut at it.
      { colspan: 1, rowspan: 2, colwidth: null },
    ]);
    expect(cellTexts(table)[1]).toEqual([
      ['tableCell', 'a'],
      ['tableCell', ''],
    ]);
    documentSchema()
      .nodeFromJSON({ type: 'doc', content: [table] })
      .check();
  });

  it('turns a list in a cell into marked lines and a table in a cell into a line per row, counting the latter', () => {
    const content = readImportedHtml(
      '<table><tr><td><ul><li>Một</li><li>Hai</li></ul></td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>',
    );
    expect(content.nestedTables).toBe(1);
    const table = (content.items[0] as { node: JSONContent }).node;
    expect(cellTexts(table)).toEqual([
      [
        ['tableCell', '- Một\n- Hai'],
        ['tableCell', 'x | y'],
      ],
    ]);
    documentSchema()
      .nodeFromJSON({ type: 'doc', content: [table] })
      .check();
  });

  it('reads the non-breaking hyphen of an exported "2025‑2027" as the hyphen it stands for', () => {
    const node = onlyBlock('<p>Nhiệm kỳ 2025‑2027</p>');
    expect(node.content).toEqual([{ type: 'text', text: 'Nhiệm kỳ 2025-2027' }]);
  });
});

import type { JSONContent } from '@tiptap/core';
import { findTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../documentFromTemplate.js';
import { documentSchema } from '../documentSchema.js';
import { type PrintableParagraph, type PrintableTargets, printableBlocks } from './printableBlocks.js';

/** The chi bộ political report with `fill` applied to the body of the sections it names (by template section id). */
function report(fill: Record<string, (body: JSONContent[]) => JSONContent[]>) {
  let next = 0;
  const json = documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => `s${++next}`);
  const visit = (node: JSONContent) => {
    const filler = node.type === 'section' ? fill[node.attrs!.templateSectionId as string] : undefined;
    if (filler) {
      const body = node.content!.filter((child) => child.type !== 'section');
      node.content = [...filler(body), ...node.content!.filter((child) => child.type === 'section')];
    }
    node.content?.forEach(visit);
  };
  visit(json);
  return documentSchema().nodeFromJSON(json);
}

const text = (value: string, marks: string[] = []): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks.length && { marks: marks.map((type) => ({ type })) }),
});
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

describe('the printable blocks of a document', () => {
  it('number the section headings from the structure and never carry guidance', () => {
    const blocks = printableBlocks(report({}));
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => `${b.label} ${b.title}`.trim());
    expect(headings.slice(0, 7)).toEqual([
      'Đặc điểm tình hình',
      'Số hộ, nhân khẩu, số đảng viên, tổ đảng',
      'Thuận lợi',
      'Khó khăn',
      'PHẦN THỨ NHẤT KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI CHI BỘ NHIỆM KỲ 2023-2025',
      'I. Kết quả thực hiện các chỉ tiêu chủ yếu',
      'II. Lãnh đạo thực hiện nhiệm vụ chính trị ở khu dân cư',
    ]);
    expect(headings).toContain('a) Sinh hoạt chi bộ');
    expect(JSON.stringify(blocks)).not.toContain('Nêu ngắn gọn');
    // The empty paragraphs a new document has are not printed.
    expect(blocks.filter((b) => b.kind === 'paragraph')).toEqual([]);
  });

  it('keep the marks, line breaks and list markers of the text, and count "đạt x/y chỉ tiêu" from its table', () => {
    const doc = report({
      'p1-chi-tieu': ([table]) => {
        const rows = table!.content!;
        Object.assign(rows[0]!.attrs!, { target: '100%', result3: '100%' });
        Object.assign(rows[1]!.attrs!, { target: '90', result3: '80' });
        return [paragraph(text('Chi bộ '), { type: 'targetSummary', attrs: { tableId: 'p1-chi-tieu' } }, text(' đề ra.')), table!];
      },
      'p1-kinh-te-doi-song': () => [
        paragraph(text('Thu nhập '), text('tăng', ['bold', 'italic']), { type: 'hardBreak' }, text('ổn định')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Hộ nghèo giảm'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('Thứ ba'))] }] },
      ],
    });
    const paragraphs = printableBlocks(doc).filter((b): b is PrintableParagraph => b.kind === 'paragraph');
    expect(paragraphs.map((p) => [p.marker, p.runs.map((r) => (r.lineBreak ? '⏎' : r.text)).join('')])).toEqual([
      ['', 'Chi bộ đạt 1/2 chỉ tiêu đề ra.'],
      ['', 'Thu nhập tăng⏎ổn định'],
      ['-', 'Hộ nghèo giảm'],
      ['3.', 'Thứ ba'],
    ]);
    expect(paragraphs[1]!.runs[1]).toMatchObject({ text: 'tăng', bold: true, italic: true, underline: false });
  });

  it('print a chỉ tiêu table with its columns, the row numbers and the computed assessment', () => {
    const doc = report({
      'p1-chi-tieu': ([table]) => {
        Object.assign(table!.content![0]!.attrs!, {
          target: '100%',
          result1: '100%',
          result2: '100%',
          result3: '100%',
          nextTarget: '100%',
        });
        Object.assign(table!.content![1]!.attrs!, { target: '90', result3: '80' });
        return [table!];
      },
    });
    const table = printableBlocks(doc).find((b): b is PrintableTargets => b.kind === 'targets')!;
    expect(table.columns.map((c) => c.kind)).toEqual([
      'index',
      'text',
      'unit',
      'target',
      'result',
      'result',
      'result',
      'assessment',
      'next-target',
    ]);
    expect(table.rows[0]!.slice(3)).toEqual(['100%', '100%', '100%', '100%', 'Đạt', '100%']);
    expect(table.rows[0]![0]).toBe('1');
    expect(table.rows[1]![0]).toBe('2');
    expect(table.rows[1]![7]).toBe('Không đạt');
    expect(table.rows[2]![7]).toBe('chưa đánh giá');
    expect(table.count).toBe('Đạt 1/2 chỉ tiêu');
    // The next term's targets have nothing to assess: no "Đạt 0/0 chỉ tiêu" under them.
    const nextTerm = printableBlocks(doc).filter((b): b is PrintableTargets => b.kind === 'targets')[1]!;
    expect(nextTerm.columns.map((c) => c.kind)).not.toContain('target');
    expect(nextTerm.count).toBe('');
  });

  it('leave out a chỉ tiêu table whose columns are not well-formed', () => {
    const doc = report({
      'p1-chi-tieu': ([table]) => [{ ...table!, attrs: { ...table!.attrs, columns: [{ id: 'x', label: 'X', kind: 'bogus' }] } }],
    });
    expect(printableBlocks(doc).filter((b) => b.kind === 'targets')).toHaveLength(1);
  });
});

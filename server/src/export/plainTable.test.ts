import { type JSONContent, writeDocumentJson } from '@van-kien/schema';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentDocx } from './documentDocx.js';
import { chiBoHeader } from './testing/chiBoHeader.js';

const HEADER = chiBoHeader();

const cell = (type: string, text: string, attrs: Record<string, unknown> = {}, marks: string[] = []): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [{ type: 'paragraph', content: [{ type: 'text', text, ...(marks.length && { marks: marks.map((t) => ({ type: t })) }) }] }],
});

async function exportedTable(): Promise<string> {
  const doc = new Y.Doc();
  writeDocumentJson(doc, {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Kết quả như sau:' }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'TT'), cell('tableHeader', 'Nội dung'), cell('tableHeader', 'Kết quả')] },
          {
            type: 'tableRow',
            content: [cell('tableCell', '1'), cell('tableCell', 'Kết nạp đảng viên', {}, ['bold']), cell('tableCell', '3')],
          },
          { type: 'tableRow', content: [cell('tableCell', 'Cộng', { colspan: 2 }), cell('tableCell', '3')] },
        ],
      },
    ],
  });
  const bytes = await documentDocx(doc, 'Báo cáo', HEADER, null);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const table = tables.find((candidate) => candidate.includes('Kết nạp đảng viên'));
  expect(table).toBeDefined();
  return table!;
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);

describe('a plain table in the exported .docx', () => {
  it('is a Word table (w:tbl) with every cell’s text, in order, its header row repeated on each page', async () => {
    const table = await exportedTable();
    expect(texts(table)).toEqual(['TT', 'Nội dung', 'Kết quả', '1', 'Kết nạp đảng viên', '3', 'Cộng', '3']);
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(rows[2]).toContain('<w:gridSpan w:val="2"/>');
    // Columns as wide as their text asks: "TT" narrower than "Kết nạp đảng viên", the whole text width between them.
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(grid).toHaveLength(3);
    expect(grid[0]).toBeLessThan(grid[1]!);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9071);
  });

  it('draws every border and sets its cells in the body font, 13 pt, single-spaced with the rule named', async () => {
    const table = await exportedTable();
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
      expect(table).toMatch(new RegExp(`<w:${side} w:val="single"`));
    const paragraphs = table.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    expect(paragraphs).toHaveLength(8);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(/<w:spacing [^>]*w:line="240"[^>]*w:lineRule="auto"/);
      expect(paragraph).toContain('w:ascii="Times New Roman"');
      expect(paragraph).toContain('<w:sz w:val="26"/>');
    }
    // Header cells bold, and bold typed in a cell kept.
    expect(paragraphs[0]).toContain('<w:b/>');
    expect(paragraphs[4]).toContain('<w:b/>');
    expect(paragraphs[3]).not.toContain('<w:b/>');
  });
});

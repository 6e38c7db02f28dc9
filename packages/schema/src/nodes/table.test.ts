import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareDocuments } from '../compare/compareDocuments.js';
import { documentSchema } from '../documentSchema.js';
import { type PrintableTable, printableBlocks } from '../format/printableBlocks.js';
import { readDocumentNode, writeDocumentJson } from '../ydocContent.js';

const paragraph = (text: string, marks: string[] = []): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks.length && { marks: marks.map((type) => ({ type })) }) }],
});
const cell = (type: 'tableCell' | 'tableHeader', text: string, attrs: Record<string, unknown> = {}, marks: string[] = []): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content: [paragraph(text, marks)],
});

/** A document of free text with a plain table: a header row, then two rows, the last with a cell over two columns. */
function tableDocument(result = '3'): JSONContent {
  return {
    type: 'doc',
    content: [
      paragraph('Kết quả kết nạp đảng viên:'),
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'TT'), cell('tableHeader', 'Nội dung'), cell('tableHeader', 'Kết quả')] },
          { type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', 'Kết nạp', {}, ['bold']), cell('tableCell', result)] },
          { type: 'tableRow', content: [cell('tableCell', 'Cộng', { colspan: 2 }, ['italic']), cell('tableCell', result)] },
        ],
      },
    ],
  };
}

describe('a plain table in the shared schema', () => {
  it('is a valid document whose nodes carry the table roles prosemirror-tables reads', () => {
    const schema = documentSchema();
    schema.nodeFromJSON(tableDocument()).check();
    expect(['table', 'tableRow', 'tableCell', 'tableHeader'].map((name) => schema.nodes[name]?.spec.tableRole)).toEqual([
      'table',
      'row',
      'cell',
      'header_cell',
    ]);
    // The chỉ tiêu table keeps its own nodes.
    expect(schema.nodes.targetsTable?.spec.tableRole).toBeUndefined();
  });

  it('round-trips through a Y.Doc: cells, header cells, spans and marks as written', () => {
    const doc = new Y.Doc();
    writeDocumentJson(doc, tableDocument());
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const read = readDocumentNode(copy);
    read.check();
    expect(read.toJSON()).toEqual(documentSchema().nodeFromJSON(tableDocument()).toJSON());
  });

  it('prints as a table block: each cell its runs, header cells marked, spans and the column count kept', () => {
    const blocks = printableBlocks(documentSchema().nodeFromJSON(tableDocument()));
    const table = blocks.find((block): block is PrintableTable => block.kind === 'table')!;
    expect(table.columns).toBe(3);
    // Columns as wide as their text: "TT" and "1" narrow, "Kết quả" wider, "Nội dung" and "Kết nạp" between.
    expect(table.columnPercents.reduce((a, b) => a + b, 0)).toBeCloseTo(100);
    expect(table.columnPercents[0]).toBeLessThan(table.columnPercents[1]!);
    expect(
      table.rows.map((row) => row.map((entry) => entry.paragraphs.map((runs) => runs.map((run) => run.text).join('')).join('\n'))),
    ).toEqual([
      ['TT', 'Nội dung', 'Kết quả'],
      ['1', 'Kết nạp', '3'],
      ['Cộng', '3'],
    ]);
    expect(table.rows[0]!.every((entry) => entry.header)).toBe(true);
    expect(table.rows[1]![1]!.paragraphs[0]![0]).toMatchObject({ text: 'Kết nạp', bold: true });
    expect(table.rows[2]![0]).toMatchObject({ header: false, colspan: 2, rowspan: 1 });
  });

  it('compares by the text of its cells: a changed cell shows the older figure deleted and the newer inserted', () => {
    const schema = documentSchema();
    const same = compareDocuments(schema.nodeFromJSON(tableDocument()), schema.nodeFromJSON(tableDocument()));
    expect(same.summary).toEqual({ changedSections: 0, insertedWords: 0, deletedWords: 0, changedCells: 0 });

    const comparison = compareDocuments(schema.nodeFromJSON(tableDocument('3')), schema.nodeFromJSON(tableDocument('5')));
    const runs = comparison.sections
      .flatMap((section) => section.blocks)
      .flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    expect(runs.filter((run) => run.change === 'deleted').map((run) => run.text.trim())).toEqual(['3', '3']);
    expect(runs.filter((run) => run.change === 'inserted').map((run) => run.text.trim())).toEqual(['5', '5']);
    expect(runs.map((run) => run.text)).toEqual(expect.arrayContaining(['TT', 'Nội dung', 'Kết nạp']));
    expect(comparison.summary).toMatchObject({ changedSections: 1, insertedWords: 2, deletedWords: 2 });
  });
});

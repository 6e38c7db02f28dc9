import { builtInTemplates, findTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentFromTemplate } from './documentFromTemplate.js';
import { documentOutline, documentProgress } from './documentOutline.js';
import { documentSchema } from './documentSchema.js';
import { sectionLabels } from './sectionLabels.js';
import { targetTableCount } from './targetRows.js';
import { readDocumentNode, writeDocumentJson } from './ydocContent.js';

const counter = () => {
  let n = 0;
  return () => `s${++n}`;
};

describe('documents built from templates', () => {
  it.each(builtInTemplates().map((t) => [t.id, t] as const))(
    '%s instantiates into a valid document that survives the Yjs round trip',
    (_id, template) => {
      const json = documentFromTemplate(template, counter());
      const node = documentSchema().nodeFromJSON(json);
      node.check();
      const doc = new Y.Doc();
      writeDocumentJson(doc, json);
      expect(readDocumentNode(doc).toJSON()).toEqual(node.toJSON());
    },
  );

  it('lays out the chi bộ political report as PHẦN THỨ NHẤT → I. → 1. with its headings in order', () => {
    const template = findTemplate('bao-cao-chinh-tri-chi-bo')!;
    const doc = documentSchema().nodeFromJSON(documentFromTemplate(template, counter()));
    const outline = documentOutline(doc);
    const labelled = outline.filter((e) => e.label).map((e) => `${e.label} ${e.title}`);
    expect(labelled[0]).toMatch(/^PHẦN THỨ NHẤT /);
    expect(labelled[1]).toMatch(/^I\. /);
    expect(labelled.filter((l) => l.startsWith('PHẦN THỨ ')).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'PHẦN THỨ NHẤT',
      'PHẦN THỨ HAI',
    ]);
    expect(outline.every((e) => e.status === 'chua-viet' && !e.hasContent)).toBe(true);
    expect(new Set(outline.map((e) => e.sectionId)).size).toBe(outline.length);
    expect(documentProgress(doc)).toEqual({ withContent: 0, total: outline.length });
  });
});

describe('numbering is computed from the structure', () => {
  const section = (title: string, numbering: string, children: object[] = []) => ({
    type: 'section',
    attrs: { sectionId: title, numbering, title },
    content: [{ type: 'paragraph' }, ...children],
  });
  const labelsOf = (json: object) => {
    const doc = documentSchema().nodeFromJSON(json);
    const labels = sectionLabels(doc);
    return documentOutline(doc).map((e) => `${labels.get(e.position) ?? '-'} ${e.title}`);
  };

  it('restarts inside each parent and skips unnumbered sections', () => {
    expect(
      labelsOf({
        type: 'doc',
        content: [
          section('Đặc điểm', 'none'),
          section('Phần 1', 'part', [
            section('A', 'roman', [section('a1', 'arabic'), section('a2', 'arabic', [section('x', 'letter'), section('y', 'letter')])]),
            section('Ghi chú', 'none'),
            section('B', 'roman'),
          ]),
          section('Phần 2', 'part', [section('C', 'roman')]),
        ],
      }),
    ).toEqual([
      '- Đặc điểm',
      'PHẦN THỨ NHẤT Phần 1',
      'I. A',
      '1. a1',
      '2. a2',
      'a) x',
      'b) y',
      '- Ghi chú',
      'II. B',
      'PHẦN THỨ HAI Phần 2',
      'I. C',
    ]);
  });

  it('stays right after a section is inserted before others and after one is moved', () => {
    const schema = documentSchema();
    let doc = schema.nodeFromJSON({ type: 'doc', content: [section('A', 'roman'), section('B', 'roman')] });
    const inserted = schema.nodeFromJSON(section('Mới', 'roman'));
    doc = doc.copy(doc.content.addToStart(inserted));
    expect(documentOutline(doc).map((e) => `${e.label} ${e.title}`)).toEqual(['I. Mới', 'II. A', 'III. B']);
    const [first, third] = [doc.child(0), doc.child(2)];
    doc = doc.copy(doc.content.replaceChild(0, third).replaceChild(2, first));
    expect(documentOutline(doc).map((e) => `${e.label} ${e.title}`)).toEqual(['I. B', 'II. A', 'III. Mới']);
  });
});

describe('the chỉ tiêu table', () => {
  it('counts "đạt x/y chỉ tiêu" from what was typed, and marks the section as having content', () => {
    const template = findTemplate('bang-chi-tieu')!;
    const json = documentFromTemplate(template, counter());
    const doc = documentSchema().nodeFromJSON(json);
    let table: { tableId: string } | undefined;
    doc.descendants((node) => {
      if (node.type.name === 'targetsTable') table ??= node.attrs as { tableId: string };
      return !table;
    });
    expect(targetTableCount(doc, table!.tableId)).toMatchObject({ achieved: 0, total: 0 });

    const filled = JSON.parse(JSON.stringify(json)) as {
      content: { content: { type: string; content?: { attrs: Record<string, string> }[] }[] }[];
    };
    const rows = filled.content.flatMap((s) => s.content).find((n) => n.type === 'targetsTable')!.content!;
    Object.assign(rows[0]!.attrs, { target: '100%', result3: '100%' });
    Object.assign(rows[1]!.attrs, { target: '≥ 85', result1: '70', result3: '80' });
    Object.assign(rows[2]!.attrs, { target: 'abc', result3: '5' });
    const filledDoc = documentSchema().nodeFromJSON(filled);
    expect(targetTableCount(filledDoc, table!.tableId)).toEqual({ achieved: 1, total: 3, unassessed: 1 });
    expect(documentOutline(filledDoc).some((e) => e.hasContent)).toBe(true);
  });
});

import { builtInTemplates, findTemplate } from '@van-kien/templates';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentFromTemplate } from './documentFromTemplate.js';
import { documentOutline } from './documentOutline.js';
import { sectionStates } from './sectionStates.js';
import { SECTION_STATUSES } from './sectionStatus.js';
import { readDocumentNode, writeDocumentJson } from './ydocContent.js';

type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string; marks?: { type: string }[] };

/** What is typed into the first paragraph of a section: text, formatted text, only white space, or nothing. */
const BODIES: (Json[] | undefined)[] = [
  [{ type: 'text', text: 'Chi bộ đã lãnh đạo hoàn thành' }],
  [{ type: 'text', text: 'Đạt', marks: [{ type: 'bold' }] }],
  [{ type: 'text', text: ' \u00a0\t ' }],
  undefined,
];

/** A template's document with its sections filled in every way the outline tells apart. */
function filledDocument(json: Json): Json {
  let n = 0;
  const fill = (node: Json): Json => {
    if (node.type === 'targetRow') return n++ % 2 === 0 ? { ...node, attrs: { ...node.attrs, result2: '95%' } } : node;
    const content = node.content?.map(fill);
    if (node.type !== 'section') return { ...node, ...(content && { content }) };
    const index = n++;
    const [first, ...rest] = content ?? [];
    const body = BODIES[index % BODIES.length];
    const paragraph = first?.type === 'paragraph' ? { ...first, ...(body && { content: body }) } : first;
    return {
      ...node,
      attrs: { ...node.attrs, status: SECTION_STATUSES[index % SECTION_STATUSES.length] },
      content: [paragraph!, ...rest].filter(Boolean),
    };
  };
  return fill(json);
}

describe('section states read from the Yjs document', () => {
  it.each(builtInTemplates().map((t) => [t.id, t] as const))(
    '%s: the same statuses and content as the outline of the ProseMirror document',
    (_id, template) => {
      let id = 0;
      const doc = new Y.Doc();
      writeDocumentJson(doc, filledDocument(documentFromTemplate(template, () => `s${++id}`) as Json));
      const outline = documentOutline(readDocumentNode(doc));
      expect(outline.length).toBeGreaterThan(0);
      expect(sectionStates(doc)).toEqual(outline.map(({ status, hasContent }) => ({ status, hasContent })));
    },
  );

  it('follows later edits: text deleted down to white space, a chỉ tiêu cleared, a section removed', () => {
    let id = 0;
    const doc = new Y.Doc();
    writeDocumentJson(doc, filledDocument(documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => `s${++id}`) as Json));
    const texts: Y.XmlText[] = [];
    const rows: Y.XmlElement[] = [];
    const collect = (node: Y.XmlFragment | Y.XmlElement) =>
      node.toArray().forEach((child) => {
        if (child instanceof Y.XmlText) texts.push(child);
        else if (child instanceof Y.XmlElement) child.nodeName === 'targetRow' ? rows.push(child) : collect(child);
      });
    collect(doc.getXmlFragment('content'));
    expect(rows.some((row) => row.getAttribute('result2') === '95%')).toBe(true);
    texts.forEach((text, i) => {
      if (i % 2 === 1) return;
      text.delete(0, text.length);
      text.insert(0, ' ');
    });
    for (const row of rows) row.setAttribute('result2', ' ');
    const fragment = doc.getXmlFragment('content');
    fragment.delete(fragment.length - 1, 1);
    const outline = documentOutline(readDocumentNode(doc));
    expect(new Set(outline.map((e) => e.hasContent))).toEqual(new Set([true, false]));
    expect(sectionStates(doc)).toEqual(outline.map(({ status, hasContent }) => ({ status, hasContent })));
  });
});

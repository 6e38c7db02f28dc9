import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode, writeDocumentJson } from '../ydocContent.js';
import { createAnchor } from './createAnchor.js';
import { AnchorError } from './passageAnchor.js';
import { documentJson } from './testing/documentJson.js';
import { phraseRange } from './testing/phraseRange.js';
import { PARTY_BUILDING, reportDocumentJson } from './testing/reportDocument.js';

function report(): Y.Doc {
  const doc = new Y.Doc();
  writeDocumentJson(doc, reportDocumentJson());
  return doc;
}

function anchorOn(doc: Y.Doc, phrase: string) {
  const { from, to } = phraseRange(readDocumentNode(doc), phrase);
  return createAnchor(doc, from, to);
}

/** The message `createAnchor` refuses the range with, or 'accepted'. */
function refusal(doc: Y.Doc, from: number, to: number): string {
  try {
    createAnchor(doc, from, to);
  } catch (error) {
    if (error instanceof AnchorError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('an anchor made on a passage', () => {
  it('holds the passage, its innermost section and the text around it, across paragraphs too', () => {
    const doc = report();
    expect(anchorOn(doc, 'hoàn thành các chỉ tiêu')).toMatchObject({
      sectionId: 'ket-qua',
      quote: 'hoàn thành các chỉ tiêu',
      prefix: 'Năm 2025, chi bộ lãnh đạo ',
      suffix: ` kinh tế của khu dân cư.\n${PARTY_BUILDING.slice(0, 39)}`,
    });
    expect(anchorOn(doc, 'chưa đều').sectionId).toBe('han-che');
    expect(anchorOn(doc, 'khu dân cư.\nCông tác').quote).toBe('khu dân cư.\nCông tác');
  });

  it('leaves out spaces and paragraph breaks at its ends', () => {
    const doc = report();
    const between = phraseRange(readDocumentNode(doc), 'cư.\nCông');
    expect(createAnchor(doc, between.from + 3, between.to).quote).toBe('Công');
    expect(anchorOn(doc, ' các ').quote).toBe('các');
  });

  it('refuses a range without text, backwards or out of the document, or longer than 2000 characters', () => {
    const doc = report();
    const between = phraseRange(readDocumentNode(doc), 'cư.\nCông');
    const space = phraseRange(readDocumentNode(doc), ', ');
    expect(refusal(doc, between.from, between.from)).toMatch(/^range: /);
    expect(refusal(doc, between.to, between.from)).toMatch(/^range: /);
    expect(refusal(doc, -1, 4)).toMatch(/^range: /);
    expect(refusal(doc, 4, readDocumentNode(doc).content.size + 1)).toMatch(/^range: /);
    expect(refusal(doc, 4, readDocumentNode(doc).content.size)).toBe('accepted');
    expect(refusal(doc, between.from + 3, between.from + 5)).toMatch(/^range: .*cover some text/);
    expect(refusal(doc, space.from + 1, space.to)).toMatch(/^range: .*cover some text/);

    const long = new Y.Doc();
    writeDocumentJson(long, documentJson([{ sectionId: 'dai', paragraphs: ['ý kiến '.repeat(400)] }]));
    expect(refusal(long, 2, 2003)).toMatch(/^quote: .*2000/);
    expect(createAnchor(long, 2, 2002).quote).toHaveLength(2000);
  });
});

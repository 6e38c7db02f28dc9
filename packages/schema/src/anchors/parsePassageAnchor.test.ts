import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeDocumentJson } from '../ydocContent.js';
import { createAnchor } from './createAnchor.js';
import { parsePassageAnchor } from './parsePassageAnchor.js';
import { AnchorError, type PassageAnchor } from './passageAnchor.js';
import { encodeRelativePositionBase64 } from './relativePositionCodec.js';
import { documentJson } from './testing/documentJson.js';

function madeAnchor(): PassageAnchor {
  const doc = new Y.Doc();
  writeDocumentJson(doc, documentJson([{ sectionId: 'ket-qua', paragraphs: ['Chi bộ lãnh đạo hoàn thành các chỉ tiêu.'] }]));
  return createAnchor(doc, 2, 17);
}

/** The field and message `value` is refused with. */
function refusal(value: unknown): string {
  try {
    parsePassageAnchor(value);
  } catch (error) {
    if (error instanceof AnchorError) {
      expect(error.message.startsWith(`${error.field}: `)).toBe(true);
      return error.field;
    }
    throw error;
  }
  return 'accepted';
}

const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

describe('parsePassageAnchor', () => {
  it('accepts an anchor as createAnchor made it and as it travels in JSON, and drops unknown fields', () => {
    const anchor = madeAnchor();
    expect(parsePassageAnchor(JSON.parse(JSON.stringify(anchor)))).toEqual(anchor);
    expect(parsePassageAnchor({ ...anchor, sectionId: null, colour: 'red' })).toEqual({ ...anchor, sectionId: null });
  });

  it('refuses what is not an anchor object', () => {
    for (const value of [null, undefined, 'anchor', 42, [madeAnchor()]]) expect(refusal(value)).toBe('anchor');
  });

  it('refuses a section id that is not null or a short text', () => {
    for (const sectionId of ['', 7, 'x'.repeat(129), undefined]) expect(refusal({ ...madeAnchor(), sectionId })).toBe('sectionId');
  });

  it('refuses ends that are not relative positions of characters, with the start before and the end after its character', () => {
    const anchor = madeAnchor();
    const named = encodeRelativePositionBase64(Y.createRelativePositionFromJSON({ tname: 'content', assoc: 0 }));
    const trailing = base64([...atob(anchor.start)].map((c) => c.charCodeAt(0)).concat(0));
    const undecodable = ['not base64!', '', base64([7]), base64([0]), trailing, 'A'.repeat(600), 12, null];
    for (const start of [...undecodable, named, anchor.end]) expect(refusal({ ...anchor, start })).toBe('start');
    for (const end of [...undecodable, anchor.start]) expect(refusal({ ...anchor, end })).toBe('end');
  });

  it('refuses a quote that is empty, blank or longer than 2000 characters, and context longer than 64', () => {
    const anchor = madeAnchor();
    for (const quote of ['', ' \n ', 'ý'.repeat(2001), 5]) expect(refusal({ ...anchor, quote })).toBe('quote');
    expect(refusal({ ...anchor, quote: 'ý'.repeat(2000) })).toBe('accepted');
    expect(refusal({ ...anchor, prefix: 'a'.repeat(65) })).toBe('prefix');
    expect(refusal({ ...anchor, suffix: undefined })).toBe('suffix');
    expect(refusal({ ...anchor, prefix: '', suffix: 'a'.repeat(64) })).toBe('accepted');
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentJson } from './anchors/testing/documentJson.js';
import { readStoredHeader, writeDocumentHeaderField } from './documentHeader.js';
import { readDocumentNode, writeDocumentJson } from './ydocContent.js';
import { CONTENT_FRAGMENT } from './ydocLayout.js';
import { replaceDocumentContent } from './ydocRestore.js';

/** The Y.XmlText of the `index`th paragraph of the first section. */
function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const section = doc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement;
  return (section.get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

/** The texts of the first section's paragraphs, as ProseMirror reads them. */
function paragraphs(doc: Y.Doc): string[] {
  const texts: string[] = [];
  readDocumentNode(doc).firstChild?.forEach((node) => {
    if (node.type.name === 'paragraph') texts.push(node.textContent);
  });
  return texts;
}

/** Sends each replica what it lacks of the other. */
function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const OLD_RESULTS = 'Chi bộ lãnh đạo hoàn thành 8/8 chỉ tiêu.';
const TASKS = 'Nhiệm vụ nhiệm kỳ tới.';

/** A document of three paragraphs, as the version to restore holds it. */
function versionDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeDocumentJson(doc, documentJson([{ sectionId: 'ket-qua', paragraphs: [OLD_RESULTS, TASKS, 'Kiến nghị.'] }]));
  writeDocumentHeaderField(doc, 'summary', 'kết quả nhiệm kỳ 2020-2025');
  return doc;
}

describe('replaceDocumentContent', () => {
  it('makes the document hold the version’s text and header', () => {
    const version = versionDoc();
    const live = copyOf(version);
    paragraphText(live, 0).delete(0, OLD_RESULTS.length);
    paragraphText(live, 0).insert(0, 'Đoạn viết lại hoàn toàn.');
    (live.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).delete(2, 1);
    writeDocumentHeaderField(live, 'summary', 'bản khác');
    writeDocumentHeaderField(live, 'signerName', 'Nguyễn Văn A');

    replaceDocumentContent(live, version);
    expect(paragraphs(live)).toEqual(paragraphs(version));
    expect(readStoredHeader(live)).toEqual({ summary: 'kết quả nhiệm kỳ 2020-2025' });
  });

  it('restoring keeps a concurrent edit made on another replica in a paragraph the restore does not change', () => {
    const version = versionDoc();
    // Replica A (the server) and replica B (a client that goes offline) start from today's text.
    const serverDoc = copyOf(version);
    paragraphText(serverDoc, 0).delete(0, OLD_RESULTS.length);
    paragraphText(serverDoc, 0).insert(0, 'Chi bộ hoàn thành một phần chỉ tiêu.');
    const offline = copyOf(serverDoc);

    // Offline, B types in the second paragraph, which the version holds unchanged.
    paragraphText(offline, 1).insert(TASKS.length - 1, ' và các năm sau');
    // Meanwhile the server restores the version.
    replaceDocumentContent(serverDoc, version);
    expect(paragraphText(serverDoc, 0).toString()).toBe(OLD_RESULTS);

    merge(serverDoc, offline);
    for (const replica of [serverDoc, offline]) {
      expect(paragraphs(replica)).toEqual([OLD_RESULTS, 'Nhiệm vụ nhiệm kỳ tới và các năm sau.', 'Kiến nghị.']);
    }
  });

  it('is one transaction, and changes nothing when the document already holds the version', () => {
    const version = versionDoc();
    const live = copyOf(version);
    let transactions = 0;
    let updates = 0;
    live.on('afterTransaction', () => transactions++);
    live.on('update', () => updates++);
    replaceDocumentContent(live, version);
    expect(transactions).toBe(1);
    expect(updates).toBe(0);
  });
});

import { documentFromTemplate, writeDocumentJson } from '@van-kien/schema';
import type { Template } from '@van-kien/templates';
import { customAlphabet } from 'nanoid';
import * as Y from 'yjs';

const newSectionId = customAlphabet('0123456789abcdefghijkmnopqrstuvwxyz', 12);

/** The Yjs update of a new document laid out by `template`, built with the schema the browser edits. */
export function initialContent(template: Template): Uint8Array {
  const doc = new Y.Doc();
  writeDocumentJson(doc, documentFromTemplate(template, newSectionId));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

import { documentFromTemplate, writeDocumentJson } from '@van-kien/schema';
import type { Template } from '@van-kien/templates';
import * as Y from 'yjs';
import { randomId } from '../../localStore/newDocumentId.js';

/**
 * The first content of a document laid out by `template`, built on this device with the schema the
 * editor uses, as one Yjs update. The server makes none for a document whose id was chosen here, so
 * this is the only copy there ever is: nothing can be doubled.
 */
export function templateContent(template: Template): Uint8Array {
  const doc = new Y.Doc();
  writeDocumentJson(
    doc,
    documentFromTemplate(template, () => randomId(12)),
  );
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

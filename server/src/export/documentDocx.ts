import {
  type DocumentHeader,
  type PartyDocumentFormat,
  partyDocumentFormat,
  printableBlocks,
  readDocumentHeader,
  readDocumentNode,
} from '@van-kien/schema';
import type * as Y from 'yjs';
import { partyDocument } from './partyDocument.js';

/** A document's content (text and header metadata) as a Party document in .docx. */
export function documentDocx(
  doc: Y.Doc,
  title: string,
  defaults: DocumentHeader,
  format: PartyDocumentFormat = partyDocumentFormat,
): Promise<Buffer> {
  return partyDocument({ title, header: readDocumentHeader(doc, defaults), blocks: printableBlocks(readDocumentNode(doc)) }, format);
}

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

/** A document's content (text and header metadata) as a Party document in .docx, with its draft marker (null once adopted). */
export function documentDocx(
  doc: Y.Doc,
  title: string,
  defaults: DocumentHeader,
  draftMarker: string | null,
  format: PartyDocumentFormat = partyDocumentFormat,
): Promise<Buffer> {
  return partyDocument(
    { title, header: readDocumentHeader(doc, defaults), draftMarker, blocks: printableBlocks(readDocumentNode(doc)) },
    format,
  );
}

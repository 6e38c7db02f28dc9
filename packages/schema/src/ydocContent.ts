import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { documentSchema } from './documentSchema.js';
import { CONTENT_FRAGMENT } from './ydocLayout.js';

/** The document's rich text as a ProseMirror node of the shared schema. */
export function readDocumentNode(doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), documentSchema());
}

/** Paragraph texts of the document, one entry per top-level block. */
export function readDocumentParagraphs(doc: Y.Doc): string[] {
  const texts: string[] = [];
  readDocumentNode(doc).forEach((block) => {
    texts.push(block.textContent);
  });
  return texts;
}

/** Writes ProseMirror JSON (of the shared schema) into an empty document's content fragment. */
export function writeDocumentJson(doc: Y.Doc, json: Record<string, unknown>): void {
  prosemirrorJSONToYXmlFragment(documentSchema(), json, doc.getXmlFragment(CONTENT_FRAGMENT));
}

import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { DOCUMENT_HEADER_MAP } from './documentHeader.js';
import { readDocumentNode } from './ydocContent.js';
import { CONTENT_FRAGMENT } from './ydocLayout.js';

/**
 * Makes `doc` hold what `source` holds (its text and header), as ordinary changes on top of what
 * `doc` holds now: the text is diffed paragraph by paragraph and word by word (y-prosemirror's own
 * update), so what is the same keeps its identity, and words a client typed meanwhile, offline,
 * still land where they were typed. One transaction.
 */
export function replaceDocumentContent(doc: Y.Doc, source: Y.Doc): void {
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(CONTENT_FRAGMENT), readDocumentNode(source), { mapping: new Map(), isOMark: new Map() });
    const header = doc.getMap(DOCUMENT_HEADER_MAP);
    const sourceHeader = source.getMap(DOCUMENT_HEADER_MAP);
    for (const key of [...header.keys()]) if (!sourceHeader.has(key)) header.delete(key);
    for (const [key, value] of sourceHeader) {
      if (JSON.stringify(header.get(key)) !== JSON.stringify(value))
        header.set(key, value instanceof Y.AbstractType ? value.toJSON() : value);
    }
  });
}

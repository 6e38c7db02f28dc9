import { type PrintableBlock, printableBlocks, readDocumentNode } from '@van-kien/schema';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.js';

function listenToUpdates(doc: Y.Doc, changed: () => void): () => void {
  doc.on('update', changed);
  return () => doc.off('update', changed);
}

const blocksOf = (doc: Y.Doc) => printableBlocks(readDocumentNode(doc));

/** The document's text as printed (see `printableBlocks`), kept up to date with every change. */
export function usePrintableBlocks(doc: Y.Doc): PrintableBlock[] {
  return useDocSnapshot(doc, listenToUpdates, blocksOf);
}

import { sectionStates } from '@van-kien/schema';
import type * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { DocumentSummary, Storage } from '../storage/Storage.js';

/** How long changes gather before a document's summary is computed again. */
const SUMMARY_DELAY_MS = 300;

/** Progress and workflow state of a document's sections; undefined for a document without sections. */
export function summarizeDocument(doc: Y.Doc): DocumentSummary | undefined {
  const sections = sectionStates(doc);
  if (sections.length === 0) return undefined;
  const statuses: Record<string, number> = {};
  for (const section of sections) statuses[section.status] = (statuses[section.status] ?? 0) + 1;
  return { sectionsWithContent: sections.filter((s) => s.hasContent).length, sections: sections.length, statuses };
}

/**
 * A sync-server `onCommitted` hook that keeps each document's summary in storage, for the document
 * list and the ward's dashboard; bursts of commits are summarized once.
 */
export function summarizeDocumentsOnCommit(storage: Storage, logger: Logger): (documentId: string, doc: Y.Doc) => void {
  const scheduled = new Map<string, NodeJS.Timeout>();
  return (documentId, doc) => {
    if (scheduled.has(documentId)) return;
    const timer = setTimeout(() => {
      scheduled.delete(documentId);
      try {
        const summary = summarizeDocument(doc);
        if (!summary) return;
        storage.setDocumentSummary(documentId, summary).then(
          () => logger.debug({ documentId, summary }, 'document summarized'),
          (error: unknown) => logger.warn({ err: error, documentId }, 'storing document summary failed'),
        );
      } catch (error) {
        logger.warn({ err: error, documentId }, 'summarizing document failed');
      }
    }, SUMMARY_DELAY_MS);
    timer.unref();
    scheduled.set(documentId, timer);
  };
}

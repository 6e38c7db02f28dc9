import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { ChangeAuthor } from '../sync/DocumentRoom.js';
import type { SectionEvent, SectionEventStore } from './SectionEventStore.js';
import { type RefusedChange, refusedSectionChanges } from './sectionChangeRules.js';

const RECORDED_FIELDS = ['assignee', 'status'] as const;
/** Origin of the server's own repairs. */
const WORKFLOW_REPAIR = Symbol('workflow repair');

/**
 * The sync server's `onMemberChange` hook for the section workflow, enforced on the server so that
 * no client can skip it: changes the rules refuse are put back at once by a change of the server's
 * own (relayed and stored like any other, so every replica converges on the repaired value), and
 * every change of a section's assignee or status that stands is recorded with who and when.
 * Repairing rather than refusing the whole update keeps the rest of a legitimate offline sync whose
 * status change lost a race with an approval.
 */
export function sectionWorkflow(store: SectionEventStore, logger: Logger, now: () => number = Date.now) {
  return (documentId: string, transaction: Y.Transaction, author: ChangeAuthor): void => {
    const refused = refusedSectionChanges(transaction, author);
    if (refused.length > 0) repair(transaction.doc, refused, documentId, author, logger);
    const events = recordedEvents(documentId, transaction, author, refused, now());
    if (events.length === 0) return;
    store.append(events).then(
      () => logger.debug({ documentId, events: events.length }, 'section changes recorded'),
      (error: unknown) => logger.error({ err: error, documentId }, 'recording section changes failed'),
    );
  };
}

function repair(doc: Y.Doc, refused: RefusedChange[], documentId: string, author: ChangeAuthor, logger: Logger): void {
  logger.warn(
    {
      documentId,
      userId: author.userId,
      refused: refused.map(({ section, key, reason }) => ({ sectionId: section.getAttribute('sectionId'), key, reason })),
    },
    'section changes refused and repaired',
  );
  doc.transact(() => {
    for (const { section, key, restore } of refused) {
      if (restore === undefined) section.removeAttribute(key);
      else section.setAttribute(key, restore as string);
    }
  }, WORKFLOW_REPAIR);
}

function recordedEvents(
  documentId: string,
  transaction: Y.Transaction,
  author: ChangeAuthor,
  refused: RefusedChange[],
  at: number,
): SectionEvent[] {
  const events: SectionEvent[] = [];
  for (const [type, keys] of transaction.changed) {
    if (!(type instanceof Y.XmlElement) || type.nodeName !== 'section') continue;
    const sectionId = type.getAttribute('sectionId');
    if (typeof sectionId !== 'string') continue;
    for (const field of RECORDED_FIELDS) {
      if (!keys.has(field) || refused.some((r) => r.section === type && r.key === field)) continue;
      const value = type.getAttribute(field);
      events.push({ documentId, sectionId, field, value: typeof value === 'string' ? value : null, actorId: author.userId ?? null, at });
    }
  }
  return events;
}

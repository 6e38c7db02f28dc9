import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { SectionEvent, SectionEventStore } from './SectionEventStore.js';

const RECORDED_FIELDS = ['assignee', 'status'] as const;

/**
 * A sync-server `onMemberChange` hook: records every change of a section's assignee or status with
 * the user whose connection made it and when — server-side, so no client can leave it out.
 */
export function recordSectionChanges(store: SectionEventStore, logger: Logger, now: () => number = Date.now) {
  return (documentId: string, transaction: Y.Transaction, userId: string | undefined): void => {
    const events: SectionEvent[] = [];
    for (const [type, keys] of transaction.changed) {
      if (!(type instanceof Y.XmlElement) || type.nodeName !== 'section') continue;
      const sectionId = type.getAttribute('sectionId');
      if (typeof sectionId !== 'string') continue;
      for (const field of RECORDED_FIELDS) {
        if (!keys.has(field)) continue;
        const value = type.getAttribute(field);
        events.push({ documentId, sectionId, field, value: typeof value === 'string' ? value : null, actorId: userId ?? null, at: now() });
      }
    }
    if (events.length === 0) return;
    store.append(events).then(
      () => logger.debug({ documentId, events: events.length }, 'section changes recorded'),
      (error: unknown) => logger.error({ err: error, documentId }, 'recording section changes failed'),
    );
  };
}

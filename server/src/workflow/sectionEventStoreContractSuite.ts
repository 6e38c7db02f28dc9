import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../storage/Storage.js';
import type { SectionEvent, SectionEventStore } from './SectionEventStore.js';

/** A fresh, empty section event store, and the document storage on the same database its events belong to. */
export interface SectionEventStoreSubject {
  sectionEvents: SectionEventStore;
  storage: Pick<Storage, 'createDocument'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

const event = (sectionId: string, at: number, overrides: Partial<SectionEvent> = {}): SectionEvent => ({
  documentId: 'd1',
  sectionId,
  field: 'status',
  value: 'dang-soan',
  actorId: 'u1',
  at,
  ...overrides,
});

/** The behaviour every `SectionEventStore` implementation must have; run once per implementation. */
export function sectionEventStoreContractSuite(name: string, open: () => Promise<SectionEventStoreSubject>): void {
  describe(`${name} satisfies the section event store contract`, () => {
    let subject: SectionEventStoreSubject;
    let events: SectionEventStore;
    beforeEach(async () => {
      subject = await open();
      events = subject.sectionEvents;
      await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
      await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
    });
    afterEach(async () => {
      await subject.close();
    });

    it('lists a document’s events newest first, each as appended', async () => {
      const first = event('s1', 100, { field: 'assignee', value: 'u2', actorId: 'u1' });
      const second = event('s2', 200, { field: 'status', value: null, actorId: null });
      await events.append([first]);
      await events.append([second]);
      expect(await events.listForDocument('d1', 10)).toEqual([second, first]);
    });

    it('takes the later event of one batch for the newer', async () => {
      await events.append([event('s1', 100, { field: 'assignee' }), event('s1', 100, { field: 'status' })]);
      expect((await events.listForDocument('d1', 10)).map((e) => e.field)).toEqual(['status', 'assignee']);
    });

    it('lists at most the limit, the newest', async () => {
      await events.append([event('s1', 1), event('s2', 2), event('s3', 3)]);
      await events.append([event('s4', 4)]);
      expect((await events.listForDocument('d1', 2)).map((e) => e.sectionId)).toEqual(['s4', 's3']);
    });

    it('lists only the document’s own events, none for a document without', async () => {
      await events.append([event('s1', 1), event('s9', 2, { documentId: 'd2' })]);
      expect((await events.listForDocument('d2', 10)).map((e) => [e.documentId, e.sectionId])).toEqual([['d2', 's9']]);
      expect(await events.listForDocument('no-events', 10)).toEqual([]);
    });

    it('appends no events without failing', async () => {
      await events.append([]);
      expect(await events.listForDocument('d1', 10)).toEqual([]);
    });
  });
}

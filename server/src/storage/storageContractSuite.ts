import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from './Storage.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/** The behaviour every `Storage` implementation must have; run once per implementation. */
export function storageContractSuite(name: string, open: () => Promise<Storage>): void {
  describe(`${name} satisfies the storage contract`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('creates a document and reads it back', async () => {
      const created = await storage.createDocument({ id: 'a', title: 'Báo cáo chính trị', now: 1000 });
      expect(created).toEqual({
        id: 'a',
        title: 'Báo cáo chính trị',
        createdAt: 1000,
        updatedAt: 1000,
        organizationId: null,
        createdBy: null,
        templateId: null,
        templateVersion: null,
        summary: null,
      });
      expect(await storage.getDocument('a')).toEqual(created);
      expect(await storage.getDocument('missing')).toBeUndefined();
    });

    it('records the organization a document belongs to and who created it', async () => {
      await storage.createDocument({ id: 'a', title: 'x', now: 1, organizationId: 'chi-bo-3', createdBy: 'u1' });
      expect(await storage.getDocument('a')).toMatchObject({ organizationId: 'chi-bo-3', createdBy: 'u1' });
    });

    it('creates a document with its template and initial content in one step', async () => {
      await storage.createDocument({ id: 'a', title: 'x', now: 1, template: { id: 'bao-cao', version: 2 }, initialContent: bytes(4, 2) });
      expect(await storage.getDocument('a')).toMatchObject({ templateId: 'bao-cao', templateVersion: 2 });
      expect((await storage.loadContent('a')).updates).toEqual([bytes(4, 2)]);
    });

    it('keeps a document’s summary without counting it as activity', async () => {
      await storage.createDocument({ id: 'a', title: 'x', now: 1 });
      const summary = { sectionsWithContent: 3, sections: 19, statuses: { 'chua-viet': 16, 'dang-soan': 3 } };
      await storage.setDocumentSummary('a', summary);
      expect(await storage.getDocument('a')).toMatchObject({ summary, updatedAt: 1 });
      expect((await storage.listDocuments())[0]?.summary).toEqual(summary);
    });

    it('refuses a second document with the same id', async () => {
      await storage.createDocument({ id: 'a', title: 'one', now: 1 });
      await expect(storage.createDocument({ id: 'a', title: 'two', now: 2 })).rejects.toThrow();
      expect((await storage.getDocument('a'))?.title).toBe('one');
    });

    it('lists documents by last activity, most recent first', async () => {
      await storage.createDocument({ id: 'old', title: 'old', now: 1 });
      await storage.createDocument({ id: 'new', title: 'new', now: 2 });
      expect((await storage.listDocuments()).map((d) => d.id)).toEqual(['new', 'old']);
      await storage.appendUpdates([{ documentId: 'old', update: bytes(1) }], 3);
      expect((await storage.listDocuments()).map((d) => d.id)).toEqual(['old', 'new']);
    });

    it('renames a document and reports a missing one', async () => {
      await storage.createDocument({ id: 'a', title: 'Dự thảo', now: 1 });
      expect(await storage.renameDocument('a', 'Dự thảo lần 2', 5)).toEqual({
        id: 'a',
        title: 'Dự thảo lần 2',
        createdAt: 1,
        updatedAt: 5,
        organizationId: null,
        createdBy: null,
        templateId: null,
        templateVersion: null,
        summary: null,
      });
      expect(await storage.renameDocument('missing', 'x', 5)).toBeUndefined();
    });

    it('loads empty content for a document without updates', async () => {
      expect(await storage.loadContent('a')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    });

    it('appends updates in order with increasing sequence numbers across calls and documents', async () => {
      const first = await storage.appendUpdates(
        [
          { documentId: 'a', update: bytes(1) },
          { documentId: 'b', update: bytes(2) },
          { documentId: 'a', update: bytes(3) },
        ],
        10,
      );
      const second = await storage.appendUpdates([{ documentId: 'a', update: bytes(4) }], 11);
      const all = [...first, ...second];
      expect([...all].sort((x, y) => x - y)).toEqual(all);
      expect(new Set(all).size).toBe(4);
      const a = await storage.loadContent('a');
      expect(a.updates).toEqual([bytes(1), bytes(3), bytes(4)]);
      expect(a.lastSeq).toBe(second[0]);
      expect((await storage.loadContent('b')).updates).toEqual([bytes(2)]);
    });

    it('keeps stored bytes independent of the caller’s buffer', async () => {
      const update = bytes(7, 7);
      await storage.appendUpdates([{ documentId: 'a', update }], 1);
      update[0] = 0;
      expect((await storage.loadContent('a')).updates).toEqual([bytes(7, 7)]);
    });

    it('compacts: the snapshot replaces the log up to the given sequence and keeps later entries', async () => {
      const [s1, s2] = await storage.appendUpdates(
        [
          { documentId: 'a', update: bytes(1) },
          { documentId: 'a', update: bytes(2) },
        ],
        1,
      );
      const [s3] = await storage.appendUpdates([{ documentId: 'a', update: bytes(3) }], 2);
      expect(s1! < s2! && s2! < s3!).toBe(true);
      await storage.compactContent('a', bytes(9, 9), s2!);
      expect(await storage.loadContent('a')).toEqual({ snapshot: bytes(9, 9), updates: [bytes(3)], lastSeq: s3 });
      await storage.compactContent('a', bytes(8), s3!);
      expect(await storage.loadContent('a')).toEqual({ snapshot: bytes(8), updates: [], lastSeq: 0 });
    });

    it('compacting one document leaves the others untouched', async () => {
      await storage.appendUpdates([{ documentId: 'b', update: bytes(2) }], 1);
      const [seq] = await storage.appendUpdates([{ documentId: 'a', update: bytes(1) }], 1);
      await storage.compactContent('a', bytes(5), seq!);
      expect((await storage.loadContent('b')).updates).toEqual([bytes(2)]);
    });
  });
}

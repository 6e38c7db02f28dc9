import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { Storage } from '../storage/Storage.js';
import { createPeople } from '../storage/testing/createPeople.js';
import type { NewVersion, VersionStore } from './VersionStore.js';
import { docFromDeltas, encodeDelta, foldDeltas } from './versionDeltas.js';

/** A fresh, empty version store, and the stores on the same database that its fixtures need. */
export interface VersionStoreSubject {
  versions: VersionStore;
  /** The people who take versions and adopt documents. */
  accounts: Pick<AccountStore, 'createUser'>;
  storage: Pick<Storage, 'createDocument'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

const bytes = (...values: number[]) => new Uint8Array(values);

const newVersion = (overrides: Partial<NewVersion> = {}): NewVersion => ({
  documentId: 'd1',
  kind: 'auto',
  name: null,
  restoredFrom: null,
  createdBy: null,
  createdAt: 100,
  snapshot: bytes(1),
  delta: bytes(2),
  ...overrides,
});

/**
 * Versions made the way `VersionService` makes them: after each edit of `doc`, a delta against the
 * newest snapshot the store holds, and the snapshot itself. Returns the text of each version.
 */
async function addEditedVersions(versions: VersionStore, doc: Y.Doc, edits: ((text: Y.Text) => void)[]): Promise<string[]> {
  const texts: string[] = [];
  for (const edit of edits) {
    edit(doc.getText('t'));
    const newest = await versions.newestSnapshot('d1');
    const since = newest && Y.encodeStateVector(Y.decodeSnapshot(newest.snapshot).sv);
    await versions.addVersion(newVersion({ snapshot: Y.encodeSnapshot(Y.snapshot(doc)), delta: encodeDelta(doc, since) }));
    texts.push(doc.getText('t').toString());
  }
  return texts;
}

async function textOf(versions: VersionStore, number: number): Promise<string> {
  const doc = docFromDeltas(await versions.deltasThrough('d1', number));
  try {
    return doc.getText('t').toString();
  } finally {
    doc.destroy();
  }
}

/** The behaviour every `VersionStore` implementation must have; run once per implementation. */
export function versionStoreContractSuite(name: string, open: () => Promise<VersionStoreSubject>): void {
  describe(`${name} satisfies the version store contract`, () => {
    let subject: VersionStoreSubject;
    let versions: VersionStore;
    beforeEach(async () => {
      subject = await open();
      versions = subject.versions;
      await createPeople(subject.accounts, [
        ['owner', 'Bí thư Chi bộ'],
        ['writer', 'Chi ủy viên'],
      ]);
      await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
      await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
    });
    afterEach(async () => {
      await subject.close();
    });

    describe('numbering', () => {
      it('numbers a document’s versions from 1, each document on its own, and answers each as stored with its creator by name', async () => {
        const first = await versions.addVersion(newVersion({ kind: 'draft', name: 'Gửi chi ủy', createdBy: 'owner', createdAt: 100 }));
        expect(first).toEqual({
          documentId: 'd1',
          number: 1,
          kind: 'draft',
          draftNumber: 1,
          name: 'Gửi chi ủy',
          restoredFrom: null,
          createdBy: { id: 'owner', displayName: 'Bí thư Chi bộ' },
          createdAt: 100,
        });
        expect((await versions.addVersion(newVersion({ createdAt: 200 }))).number).toBe(2);
        expect((await versions.addVersion(newVersion({ documentId: 'd2', createdBy: 'writer' }))).number).toBe(1);
        expect(await versions.getVersion('d1', 1)).toEqual(first);
        expect(await versions.getVersion('d1', 2)).toMatchObject({ number: 2, kind: 'auto', draftNumber: null, createdBy: null });
        expect(await versions.getVersion('d2', 1)).toMatchObject({ createdBy: { id: 'writer', displayName: 'Chi ủy viên' } });
      });

      it('gives a draft number to named drafts only, counting the drafts alone', async () => {
        const kinds = ['auto', 'draft', 'auto', 'before-restore', 'restore', 'draft', 'auto', 'draft'] as const;
        const added = [];
        for (const kind of kinds)
          added.push(await versions.addVersion(newVersion({ kind, restoredFrom: kind.includes('restore') ? 2 : null })));
        expect(added.map((v) => [v.number, v.kind, v.draftNumber])).toEqual([
          [1, 'auto', null],
          [2, 'draft', 1],
          [3, 'auto', null],
          [4, 'before-restore', null],
          [5, 'restore', null],
          [6, 'draft', 2],
          [7, 'auto', null],
          [8, 'draft', 3],
        ]);
        expect(added[3]).toMatchObject({ restoredFrom: 2 });
        expect(await versions.draftCount('d1')).toBe(3);
        expect(await versions.draftCount('d2')).toBe(0);
      });

      it('goes on counting after a version was removed, never giving a number twice', async () => {
        for (let i = 0; i < 3; i++) await versions.addVersion(newVersion());
        await versions.removeVersion('d1', 2, bytes(9));
        expect((await versions.addVersion(newVersion())).number).toBe(4);
      });
    });

    describe('listing and reading', () => {
      it('lists a document’s versions newest first, not another document’s', async () => {
        for (const createdAt of [100, 200, 300]) await versions.addVersion(newVersion({ createdAt }));
        await versions.addVersion(newVersion({ documentId: 'd2' }));
        expect((await versions.listVersions('d1')).map((v) => [v.number, v.createdAt])).toEqual([
          [3, 300],
          [2, 200],
          [1, 100],
        ]);
        expect(await versions.listVersions('no-such-document')).toEqual([]);
      });

      it('answers undefined for a version that is not there, or is another document’s', async () => {
        await versions.addVersion(newVersion({ documentId: 'd2' }));
        expect(await versions.getVersion('d1', 1)).toBeUndefined();
        expect(await versions.getVersion('d2', 2)).toBeUndefined();
        expect(await versions.deltaOf('d1', 1)).toBeUndefined();
        expect(await versions.newestSnapshot('d1')).toBeUndefined();
      });

      it('answers the deltas up to a version, oldest first, and the newest version’s snapshot', async () => {
        await versions.addVersion(newVersion({ snapshot: bytes(10), delta: bytes(1, 1) }));
        await versions.addVersion(newVersion({ snapshot: bytes(20), delta: bytes(2, 2) }));
        await versions.addVersion(newVersion({ snapshot: bytes(30), delta: bytes(3, 3) }));
        await versions.addVersion(newVersion({ documentId: 'd2', delta: bytes(4) }));
        expect(await versions.deltasThrough('d1', 2)).toEqual([bytes(1, 1), bytes(2, 2)]);
        expect(await versions.deltasThrough('d1', 3)).toEqual([bytes(1, 1), bytes(2, 2), bytes(3, 3)]);
        expect(await versions.deltaOf('d1', 2)).toEqual(bytes(2, 2));
        expect(await versions.newestSnapshot('d1')).toEqual({ number: 3, snapshot: bytes(30) });
        expect(await versions.nextVersionDelta('d1', 1)).toEqual({ number: 2, delta: bytes(2, 2) });
        expect(await versions.nextVersionDelta('d1', 3)).toBeUndefined();
        expect(await versions.storedBytes('d1')).toBeGreaterThanOrEqual(6);
        expect(await versions.storedBytes('no-such-document')).toBe(0);
      });

      it('keeps every version’s content exact across a chain of edits with deletions', async () => {
        const doc = new Y.Doc();
        const texts = await addEditedVersions(versions, doc, [
          (t) => t.insert(0, 'Chi bộ lãnh đạo'),
          (t) => t.insert(t.length, ' toàn diện'),
          (t) => t.delete(0, 7),
          (t) => t.insert(0, 'Đảng bộ '),
        ]);
        for (const [index, text] of texts.entries()) expect(await textOf(versions, index + 1)).toBe(text);
        doc.destroy();
      });
    });

    describe('removing (thinning)', () => {
      it('removes a version by folding its delta into the next one’s, so the versions after it read as before', async () => {
        const doc = new Y.Doc();
        const texts = await addEditedVersions(versions, doc, [
          (t) => t.insert(0, 'Nhiệm kỳ 2020-2025'),
          (t) => t.delete(8, 10),
          (t) => t.insert(8, '2025-2030'),
          (t) => t.insert(0, 'Báo cáo '),
        ]);
        await versions.removeVersion('d1', 2, foldDeltas((await versions.deltaOf('d1', 2))!, (await versions.deltaOf('d1', 3))!));
        expect((await versions.listVersions('d1')).map((v) => v.number)).toEqual([4, 3, 1]);
        expect(await versions.getVersion('d1', 2)).toBeUndefined();
        expect(await versions.deltasThrough('d1', 3)).toHaveLength(2);
        expect(await textOf(versions, 1)).toBe(texts[0]);
        expect(await textOf(versions, 3)).toBe(texts[2]);
        expect(await textOf(versions, 4)).toBe(texts[3]);
        doc.destroy();
      });

      it('refuses to remove the newest version, and changes nothing', async () => {
        await versions.addVersion(newVersion({ delta: bytes(1) }));
        await versions.addVersion(newVersion({ delta: bytes(2), snapshot: bytes(22) }));
        await expect(versions.removeVersion('d1', 2, bytes(9))).rejects.toThrow();
        expect((await versions.listVersions('d1')).map((v) => v.number)).toEqual([2, 1]);
        expect(await versions.deltasThrough('d1', 2)).toEqual([bytes(1), bytes(2)]);
        expect(await versions.newestSnapshot('d1')).toEqual({ number: 2, snapshot: bytes(22) });
      });
    });

    describe('adoption', () => {
      it('knows no adoption of a document never adopted', async () => {
        expect(await versions.getAdoption('d1')).toBeUndefined();
      });

      it('marks a document adopted with who and when, for that document only, and a draft again', async () => {
        await versions.setAdoption('d1', { adoptedBy: 'owner', adoptedAt: 500 });
        expect(await versions.getAdoption('d1')).toEqual({ adoptedBy: { id: 'owner', displayName: 'Bí thư Chi bộ' }, adoptedAt: 500 });
        expect(await versions.getAdoption('d2')).toBeUndefined();
        await versions.setAdoption('d1', { adoptedBy: 'writer', adoptedAt: 700 });
        expect(await versions.getAdoption('d1')).toEqual({ adoptedBy: { id: 'writer', displayName: 'Chi ủy viên' }, adoptedAt: 700 });
        await versions.setAdoption('d1', undefined);
        expect(await versions.getAdoption('d1')).toBeUndefined();
        await versions.setAdoption('d1', undefined);
        expect(await versions.getAdoption('d1')).toBeUndefined();
      });
    });
  });
}

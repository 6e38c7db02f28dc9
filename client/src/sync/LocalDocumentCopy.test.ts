import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentPersistence, StoredDocument } from './DocumentPersistence.js';
import { LocalDocumentCopy } from './LocalDocumentCopy.js';

/** A device store in memory whose writes commit only when the test says so, in order. */
class MemoryPersistence implements DocumentPersistence {
  kept = new Map<number, { update: Uint8Array; unsyncedChanges: number }>();
  complete = false;
  private nextKey = 1;
  private readonly waiting: (() => void)[] = [];

  get updates(): Uint8Array[] {
    return [...this.kept.values()].map((kept) => kept.update);
  }

  /** Local changes kept here that the server may lack, as the device counts them. */
  get unsyncedChanges(): number {
    return [...this.kept.values()].reduce((sum, kept) => sum + kept.unsyncedChanges, 0);
  }

  async load(): Promise<StoredDocument> {
    return { updates: [...this.kept].map(([key, kept]) => ({ key, ...kept })), complete: this.complete };
  }
  append(update: Uint8Array, localChanges: number): Promise<number> {
    return this.later(() => this.add(update, localChanges));
  }
  synced(keys: readonly number[]): Promise<void> {
    return this.later(() => {
      for (const key of keys) {
        const kept = this.kept.get(key);
        if (kept) kept.unsyncedChanges = 0;
      }
    });
  }
  markComplete(): Promise<void> {
    return this.later(() => {
      this.complete = true;
    });
  }
  compact(merged: Uint8Array, keys: readonly number[], unsyncedChanges: number): Promise<number> {
    return this.later(() => {
      for (const key of keys) this.kept.delete(key);
      return this.add(merged, unsyncedChanges);
    });
  }
  forget(): Promise<void> {
    return this.later(() => this.kept.clear());
  }

  /** Commits every write asked for so far, oldest first. */
  async commitAll(): Promise<void> {
    await Promise.resolve(); // writes are asked for in a microtask after the change
    for (const commit of this.waiting.splice(0)) commit();
    await new Promise((resolve) => setTimeout(resolve));
  }

  private add(update: Uint8Array, unsyncedChanges: number): number {
    const key = this.nextKey++;
    this.kept.set(key, { update, unsyncedChanges });
    return key;
  }

  private later<T>(write: () => T): Promise<T> {
    return new Promise((resolve) => this.waiting.push(() => resolve(write())));
  }
}

/** A document whose text `t` a person types into, one transaction per call. */
const type = (doc: Y.Doc, text: string) => doc.getText('t').insert(doc.getText('t').length, text);

async function openCopy(persistence: MemoryPersistence) {
  const doc = new Y.Doc();
  const copy = new LocalDocumentCopy(doc, persistence, () => undefined);
  const loaded = await copy.load();
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== copy) copy.keep(update, origin !== 'server');
  });
  return { doc, copy, loaded };
}

describe('LocalDocumentCopy', () => {
  it('a change is unprotected until its write commits, then kept on the device until the server has it', async () => {
    const persistence = new MemoryPersistence();
    const { doc, copy } = await openCopy(persistence);
    type(doc, 'Tán thành');
    expect([copy.hasUnprotectedChanges, copy.changesOnDevice]).toEqual([true, 0]);
    await persistence.commitAll();
    expect([copy.hasUnprotectedChanges, copy.changesOnDevice]).toEqual([false, 1]);
    expect(persistence.unsyncedChanges).toBe(1);

    copy.allOnServer();
    await persistence.commitAll();
    expect([copy.changesOnDevice, persistence.unsyncedChanges]).toEqual([0, 0]);
  });

  it('keeps what others wrote too, without counting it as the person’s changes', async () => {
    const persistence = new MemoryPersistence();
    const { doc, copy } = await openCopy(persistence);
    const other = new Y.Doc();
    type(other, 'Ý kiến của đồng chí Lan');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'server');
    await persistence.commitAll();
    expect([copy.hasUnprotectedChanges, copy.changesOnDevice, persistence.unsyncedChanges]).toEqual([false, 0, 0]);

    const reopened = await openCopy(persistence);
    expect(reopened.doc.getText('t').toString()).toBe('Ý kiến của đồng chí Lan');
  });

  it('reopened, shows what is there and how many changes an earlier page left unsynced, and stores nothing twice', async () => {
    const persistence = new MemoryPersistence();
    const first = await openCopy(persistence);
    type(first.doc, 'Đời sống ');
    type(first.doc, 'ổn định.');
    await persistence.commitAll();
    first.copy.destroy();
    // The changes of one turn are one write.
    expect(persistence.updates).toHaveLength(1);

    const second = await openCopy(persistence);
    expect(second.loaded).toEqual({ unsyncedChanges: 2, complete: false });
    expect(second.doc.getText('t').toString()).toBe('Đời sống ổn định.');
    expect(second.copy.changesOnDevice).toBe(2);
    await persistence.commitAll();
    expect(persistence.updates).toHaveLength(1);
  });

  it('a confirmation clears only the changes this page knows of: another page’s stay counted', async () => {
    const persistence = new MemoryPersistence();
    const first = await openCopy(persistence);
    const second = await openCopy(persistence);
    type(first.doc, 'Trang một');
    await persistence.commitAll();
    type(second.doc, 'Trang hai');
    await persistence.commitAll();
    expect(persistence.unsyncedChanges).toBe(2);

    first.copy.allOnServer();
    await persistence.commitAll();
    expect(persistence.unsyncedChanges).toBe(1);
    // The same confirmation twice clears nothing more.
    first.copy.allOnServer();
    await persistence.commitAll();
    expect(persistence.unsyncedChanges).toBe(1);
  });

  it('a change the server confirmed while it was being written is not counted as unsynced once written', async () => {
    const persistence = new MemoryPersistence();
    const { doc, copy } = await openCopy(persistence);
    type(doc, 'Nhanh');
    await Promise.resolve();
    copy.allOnServer();
    await persistence.commitAll();
    await persistence.commitAll();
    expect([persistence.unsyncedChanges, copy.changesOnDevice, copy.hasUnprotectedChanges]).toEqual([0, 0, false]);
  });

  it('once the server sent the whole document, the copy opens without it', async () => {
    const persistence = new MemoryPersistence();
    const { copy } = await openCopy(persistence);
    copy.syncedWithServer();
    await persistence.commitAll();
    expect((await openCopy(persistence)).loaded?.complete).toBe(true);
  });

  it('folds many kept updates into one when it loads them, keeping their unsynced count until the server has them', async () => {
    const persistence = new MemoryPersistence();
    const { doc } = await openCopy(persistence);
    // Each keystroke, in a turn of its own, is a write of its own.
    for (let i = 0; i < 120; i++) {
      type(doc, 'x');
      await persistence.commitAll();
    }
    expect(persistence.updates.length).toBeGreaterThan(100);
    const reopened = await openCopy(persistence);
    await persistence.commitAll();
    expect(persistence.updates).toHaveLength(1);
    expect(persistence.unsyncedChanges).toBe(120);
    reopened.copy.allOnServer();
    await persistence.commitAll();
    expect(persistence.unsyncedChanges).toBe(0);
    expect((await openCopy(persistence)).doc.getText('t').toString()).toBe('x'.repeat(120));
  });

  it('forgets the copy when the server refuses the page’s edits', async () => {
    const persistence = new MemoryPersistence();
    const { doc, copy } = await openCopy(persistence);
    type(doc, 'Không được lưu');
    await persistence.commitAll();
    copy.discard();
    type(doc, ' nữa');
    await persistence.commitAll();
    expect([persistence.updates, persistence.unsyncedChanges]).toEqual([[], 0]);
  });
});

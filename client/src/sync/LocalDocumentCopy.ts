import * as Y from 'yjs';
import type { DocumentPersistence, KeptUpdate, StoredDocument } from './DocumentPersistence.js';
import { LocalChangeCounter } from './LocalChangeCounter.js';

/** How many kept updates a document loads before they are folded into one. */
const COMPACT_AFTER_UPDATES = 100;

/**
 * Keeps an open Y.Doc on this device: loads what was kept, then stores every update it sees (the
 * person's and everyone else's, so that the whole document opens offline) and counts where the
 * person's own changes are kept. Updates of one turn are stored as one write, created before the
 * page can hear of the next server confirmation; a confirmation clears, by key, exactly the kept
 * updates this page loaded or wrote.
 *
 * `load()` comes first: the page connects the document and lets anyone edit it only after.
 */
export class LocalDocumentCopy {
  private counter = new LocalChangeCounter();
  private pending: Uint8Array[] = [];
  private pendingLocalChanges = 0;
  /** Keys of kept updates with local changes the server is not known to have. */
  private unsyncedKeys: number[] = [];
  /** Changes made on this page (counted as `LocalChangeCounter.changesMade`) the server has. */
  private onServerThrough = 0;
  /** Loaded unsynced changes being folded into one update, whose key is not known yet. */
  private folding: { confirmed: boolean } | undefined;
  private complete = false;
  private loaded = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly persistence: DocumentPersistence,
    /** Called whenever a count may have changed. */
    private readonly onChange: () => void,
  ) {}

  /**
   * Applies the kept updates (with this copy as their origin) and says how many local changes among
   * them the server may still lack; undefined when the device cannot keep anything (IndexedDB failed).
   */
  async load(): Promise<{ unsyncedChanges: number; complete: boolean } | undefined> {
    let stored: StoredDocument;
    try {
      stored = await this.persistence.load();
    } catch {
      this.counter.writeFailed();
      return undefined;
    }
    const unsynced = stored.updates.filter((kept) => kept.unsyncedChanges > 0);
    const unsyncedChanges = unsynced.reduce((sum, kept) => sum + kept.unsyncedChanges, 0);
    this.unsyncedKeys = unsynced.map((kept) => kept.key);
    if (stored.updates.length > 0) {
      const merged = Y.mergeUpdates(stored.updates.map((kept) => kept.update));
      Y.applyUpdate(this.doc, merged, this);
      if (stored.updates.length > COMPACT_AFTER_UPDATES) this.fold(merged, stored.updates, unsyncedChanges);
    }
    this.counter = new LocalChangeCounter(unsyncedChanges);
    this.complete = stored.complete;
    this.loaded = true;
    return { unsyncedChanges, complete: stored.complete };
  }

  get changesOnDevice(): number {
    return this.counter.onDevice;
  }

  /** Whether some local change is kept nowhere but in the page's memory. */
  get hasUnprotectedChanges(): boolean {
    return this.counter.unprotected > 0;
  }

  /** Stores an update the document received; `local` when the person made it on this page. */
  keep(update: Uint8Array, local: boolean): void {
    if (local) this.counter.changeMade();
    // A copy that failed to load keeps nothing: the server alone protects the changes.
    if (!this.loaded) return;
    if (local) this.pendingLocalChanges++;
    this.pending.push(update);
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  /** The server stored every local change so far: the device no longer counts them as unsynced. */
  allOnServer(): void {
    this.flush();
    this.counter.allOnServer();
    this.onServerThrough = this.counter.changesMade;
    if (this.folding) this.folding.confirmed = true;
    this.clear(this.unsyncedKeys.splice(0));
    this.onChange();
  }

  /** The server sent the whole document once: from now on the copy opens without it. */
  syncedWithServer(): void {
    if (this.complete || !this.loaded) return;
    this.complete = true;
    // Created after the writes of the synced content, so it commits after them.
    this.flush();
    this.persistence.markComplete().catch(() => this.counter.writeFailed());
  }

  /**
   * The server will not take this page's edits (the person may no longer edit): forgets the copy,
   * so that the next page shows the server's text rather than edits it will never have.
   */
  discard(): void {
    this.loaded = false;
    this.pending = [];
    this.pendingLocalChanges = 0;
    this.unsyncedKeys = [];
    // Nothing is kept any more, and nothing of it will ever be saved: there is nothing left to count.
    this.counter = new LocalChangeCounter();
    this.persistence.forget().catch(() => undefined);
  }

  /** Writes what is pending; the page closes right after. */
  destroy(): void {
    this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const update = this.pending.length === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending);
    const localChanges = this.pendingLocalChanges;
    const through = this.counter.changesMade;
    this.pending = [];
    this.pendingLocalChanges = 0;
    this.persistence.append(update, localChanges).then(
      (key) => {
        this.counter.committedThrough(through);
        // The server may have confirmed these changes while they were being written.
        if (localChanges > 0) this.unsynced(key, through <= this.onServerThrough);
        this.onChange();
      },
      () => {
        this.counter.writeFailed();
        this.onChange();
      },
    );
  }

  /** Each keystroke is one kept update: folds them into one now and then, so that loading stays quick. */
  private fold(merged: Uint8Array, updates: readonly KeptUpdate[], unsyncedChanges: number): void {
    const folding = { confirmed: false };
    this.folding = folding;
    this.unsyncedKeys = [];
    this.persistence
      .compact(
        merged,
        updates.map((kept) => kept.key),
        unsyncedChanges,
      )
      .then(
        (key) => {
          this.folding = undefined;
          if (unsyncedChanges > 0) this.unsynced(key, folding.confirmed);
        },
        () => {
          // Nothing was folded (it is one transaction): the loaded updates are still there.
          this.folding = undefined;
          const keys = updates.filter((kept) => kept.unsyncedChanges > 0).map((kept) => kept.key);
          if (folding.confirmed) this.clear(keys);
          else this.unsyncedKeys.push(...keys);
        },
      );
  }

  /** A kept update with local changes: cleared at once when the server has them, else at its next confirmation. */
  private unsynced(key: number, onServer: boolean): void {
    if (onServer) this.clear([key]);
    else this.unsyncedKeys.push(key);
  }

  private clear(keys: number[]): void {
    if (keys.length > 0) this.persistence.synced(keys).catch(() => this.counter.writeFailed());
  }
}

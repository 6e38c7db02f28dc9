import type { Person, VersionKind } from '@van-kien/api';

/** A version as stored, without its content. */
export interface StoredVersion {
  documentId: string;
  number: number;
  kind: VersionKind;
  draftNumber: number | null;
  name: string | null;
  restoredFrom: number | null;
  createdBy: Person | null;
  createdAt: number;
}

/**
 * A version to add. Its content is a delta: what it holds beyond the version before it, as a
 * (compressed) Yjs update taken against the state vector of that version's snapshot; the first one holds the
 * whole document. A version's full state is the merge of its delta and every earlier one.
 */
export interface NewVersion {
  documentId: string;
  kind: VersionKind;
  name: string | null;
  restoredFrom: number | null;
  createdBy: string | null;
  createdAt: number;
  /** The Yjs snapshot (state vector and deletions) of the document the version holds, encoded. */
  snapshot: Uint8Array;
  delta: Uint8Array;
}

export interface Adoption {
  adoptedBy: Person | null;
  adoptedAt: number;
}

/** Versions of documents and their adoption ("Đã thông qua"). */
export interface VersionStore {
  /**
   * Adds a version as the document's newest: its number follows the newest one's, and a named
   * draft's `draftNumber` follows the last draft's. Durable when it resolves.
   */
  addVersion(version: NewVersion): Promise<StoredVersion>;
  /** Newest first. */
  listVersions(documentId: string): Promise<StoredVersion[]>;
  getVersion(documentId: string, number: number): Promise<StoredVersion | undefined>;
  /** The deltas of the versions up to `number`, oldest first: merged, they are that version's state. */
  deltasThrough(documentId: string, number: number): Promise<Uint8Array[]>;
  /** The newest version's number and snapshot: the next delta is taken against its state vector. */
  newestSnapshot(documentId: string): Promise<{ number: number; snapshot: Uint8Array } | undefined>;
  /** How many drafts the document has: the next one is `draftCount + 1`. */
  draftCount(documentId: string): Promise<number>;
  /**
   * Removes a version that is not the newest, and replaces the delta of the version after it with
   * `nextDelta` (its own merged with the removed one's), in one transaction.
   */
  removeVersion(documentId: string, number: number, nextDelta: Uint8Array): Promise<void>;
  deltaOf(documentId: string, number: number): Promise<Uint8Array | undefined>;
  /** The delta of the version right after `number`, which removing `number` folds into. */
  nextVersionDelta(documentId: string, number: number): Promise<{ number: number; delta: Uint8Array } | undefined>;
  /** Total bytes of the stored deltas, to keep storage measured. */
  storedBytes(documentId: string): Promise<number>;
  getAdoption(documentId: string): Promise<Adoption | undefined>;
  /** Marks the document adopted, or (with `undefined`) a draft again. */
  setAdoption(documentId: string, adoption: { adoptedBy: string; adoptedAt: number } | undefined): Promise<void>;
}

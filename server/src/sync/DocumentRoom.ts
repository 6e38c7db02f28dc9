import { encodeAwareness, encodeSaved, encodeUpdate } from '@van-kien/protocol';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { Storage, StoredContent } from '../storage/Storage.js';
import { RelayPacer } from './RelayPacer.js';
import { type DecodedUpdate, decodeUpdateOrRefuse } from './updateValidation.js';
import type { WriteQueue } from './WriteQueue.js';

/** Who made a change: the signed-in user behind a connection, if known, and what they may approve. */
export interface ChangeAuthor {
  readonly userId: string | undefined;
  readonly mayApprove: boolean;
}

/** A connection as a room sees it. */
export interface RoomMember extends ChangeAuthor {
  send(frame: Uint8Array): void;
  /** Whether the member sent `Hello` and so may receive extension frames [P-EXT-1]. */
  readonly speaksExtensions: boolean;
}

/** Checks a member's decoded update before it is applied; throws a `SyncError` to refuse it whole. */
export type UpdateCheck = (doc: Y.Doc, update: Uint8Array, decoded: DecodedUpdate, author: ChangeAuthor) => void;

export interface DocumentRoomOptions {
  storage: Storage;
  writeQueue: WriteQueue;
  logger: Logger;
  /** Compact the update log into a snapshot once it holds this many updates [S-COMPACT-1]. */
  compactAfterUpdates: number;
  /** Told after changes to the document were committed (at most once per commit batch). */
  onCommitted?: (documentId: string, doc: Y.Doc) => void;
  checkUpdate?: UpdateCheck;
  /**
   * Told of every transaction a member's update made, with its author, while the transaction's
   * events can still be read; changes it makes to the document are relayed and stored as the server's.
   */
  onMemberChange?: (documentId: string, transaction: Y.Transaction, author: ChangeAuthor) => void;
  /** Frames per second relaying may write for this document (see `RelayPacer`). */
  relayFramesPerSecond?: number;
}

/** Where a change came from, when it did not come from a member. */
const FROM_STORAGE = Symbol('storage');
const FROM_SERVER = Symbol('server');

/**
 * One loaded document: its Y.Doc, awareness, members, and the bookkeeping that turns committed
 * writes into saved acknowledgements. Knows nothing of sockets or HTTP.
 */
export class DocumentRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly members = new Set<RoomMember>();
  private readonly awarenessOwners = new Map<RoomMember, Set<number>>();
  private lastWrite: Promise<unknown> = Promise.resolve();
  /** Changes applied and not yet relayed. */
  private outgoing: { updates: Uint8Array[]; origins: Set<unknown> } | undefined;
  private readonly relayPacer: RelayPacer;
  private lastCommittedSeq: number;
  private updatesSinceSnapshot: number;
  private compacting: Promise<void> | undefined;
  /** The stored snapshot while the document is still exactly it (see `encodeStateAsUpdate`). */
  private pristineSnapshot: Uint8Array | undefined;

  /** Throws if stored content does not apply, so a broken document is never served [S-LOAD-2]. */
  constructor(
    readonly id: string,
    content: StoredContent,
    private readonly options: DocumentRoomOptions,
  ) {
    this.relayPacer = new RelayPacer(this.relayOutgoing, options.relayFramesPerSecond);
    this.awareness.setLocalState(null);
    // One transaction per stored update: a single one over a long log costs more, in the merging of
    // its structs at the end, than the separate ones together.
    if (content.snapshot) Y.applyUpdate(this.doc, content.snapshot, FROM_STORAGE);
    for (const update of content.updates) Y.applyUpdate(this.doc, update, FROM_STORAGE);
    if (content.updates.length === 0 && content.snapshot) this.pristineSnapshot = content.snapshot;
    this.lastCommittedSeq = content.lastSeq;
    this.updatesSinceSnapshot = content.updates.length;
    this.doc.on('update', this.onDocumentUpdate);
    this.doc.on('afterTransaction', this.onTransaction);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get memberCount(): number {
    return this.members.size;
  }

  join(member: RoomMember): void {
    this.members.add(member);
  }

  /** Removes the member and the awareness states it controlled [S-AWARE-1]. */
  leave(member: RoomMember): void {
    this.members.delete(member);
    this.forgetAwareness(member);
  }

  /** Applies a member's update; its effect is relayed and stored by `onDocumentUpdate`. */
  applyUpdate(member: RoomMember, update: Uint8Array): void {
    const decoded = decodeUpdateOrRefuse(update);
    this.options.checkUpdate?.(this.doc, update, decoded, member);
    Y.applyUpdate(this.doc, update, member);
    // Yjs holds back what depends on changes it has not seen, and emits no update for it; store the
    // frame as it came, so that a Saved covering it is true [P-EXT-3]. Replaying it is harmless.
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) this.store(update);
  }

  /** Makes a change as the server; it is relayed and stored like a member's (see `onDocumentUpdate`). */
  applyServerChange(change: (doc: Y.Doc) => void): void {
    this.doc.transact(() => change(this.doc), FROM_SERVER);
  }

  /**
   * What a client with `stateVector` lacks. A client with nothing, opening a document nobody changed
   * since it was loaded, gets the stored snapshot as it is: encoding a long document again is a
   * good part of a cold open.
   */
  encodeStateAsUpdate(stateVector: Uint8Array): Uint8Array {
    if (this.pristineSnapshot && Y.decodeStateVector(stateVector).size === 0) return this.pristineSnapshot;
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  /** Whether the update holds structs the document lacks (deletions of known items aside). */
  wouldChange(update: Uint8Array): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))) {
      if (clock > Y.getState(this.doc.store, client)) return true;
    }
    return false;
  }

  /** Drops the presence of a member that may no longer share it. */
  forgetAwareness(member: RoomMember): void {
    const owned = this.awarenessOwners.get(member);
    this.awarenessOwners.delete(member);
    if (owned && owned.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...owned], null);
  }

  applyAwareness(member: RoomMember, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, member);
  }

  /** Encoded awareness of every client, for a new member or a query [S-AWARE-2]. */
  encodeAllAwareness(): Uint8Array | undefined {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return undefined;
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /**
   * Sends `Saved(storedUpdates)` once every change applied so far is committed [S-ACK-1][S-ACK-2].
   * The write queue commits in order, so the latest write is the barrier.
   */
  acknowledgeWhenStored(member: RoomMember, storedUpdates: number): void {
    void this.lastWrite.then(() => {
      if (this.members.has(member)) member.send(encodeSaved(storedUpdates));
    });
  }

  /** Resolves once every change applied so far is committed. */
  async whenStored(): Promise<void> {
    await this.lastWrite;
  }

  /** Writes the whole document as one snapshot and drops the log it covers [S-COMPACT-1]. */
  compact(): Promise<void> {
    this.compacting ??= this.writeSnapshot().finally(() => {
      this.compacting = undefined;
    });
    return this.compacting;
  }

  get hasUncompactedUpdates(): boolean {
    return this.updatesSinceSnapshot > 0;
  }

  destroy(): void {
    this.relayPacer.cancel();
    this.doc.off('update', this.onDocumentUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async writeSnapshot(): Promise<void> {
    const throughSeq = this.lastCommittedSeq;
    const coveredUpdates = this.updatesSinceSnapshot;
    // The snapshot may also hold changes still queued; they stay in the log too, and replaying a
    // Yjs update twice is harmless.
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.options.storage.compactContent(this.id, snapshot, throughSeq);
    this.updatesSinceSnapshot -= coveredUpdates;
    this.options.logger.debug({ documentId: this.id, throughSeq, bytes: snapshot.byteLength }, 'document compacted');
  }

  private readonly onDocumentUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_STORAGE) return;
    this.pristineSnapshot = undefined;
    if (!this.outgoing) {
      this.outgoing = { updates: [], origins: new Set() };
      this.relayPacer.schedule(this.members.size);
    }
    this.outgoing.updates.push(update);
    this.outgoing.origins.add(origin);
    this.store(update);
  };

  /**
   * Relays the changes gathered since the last relay as one merged frame per member [S-SYNC-3]: with
   * many typists a frame per update per member is what saturates the server. A member whose own update
   * is the batch's only one does not get it back; in a batch from several members, a member may
   * receive its own changes among the others', which Yjs ignores.
   */
  private readonly relayOutgoing = (): void => {
    const batch = this.outgoing;
    this.outgoing = undefined;
    if (!batch) return;
    const merged = batch.updates.length === 1 ? batch.updates[0]! : Y.mergeUpdates(batch.updates);
    const frame = encodeUpdate(merged);
    const soleOrigin = batch.origins.size === 1 ? [...batch.origins][0] : undefined;
    for (const member of this.members) {
      if (member !== soleOrigin) member.send(frame);
    }
  };

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    const origin = transaction.origin;
    if (this.options.onMemberChange && isMember(origin, this.members)) this.options.onMemberChange(this.id, transaction, origin);
  };

  private store(update: Uint8Array): void {
    this.lastWrite = this.options.writeQueue.enqueue(this.id, update).then((seq) => this.onCommitted(seq));
  }

  private onCommitted(seq: number): void {
    this.lastCommittedSeq = Math.max(this.lastCommittedSeq, seq);
    this.updatesSinceSnapshot++;
    this.options.onCommitted?.(this.id, this.doc);
    if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates && !this.compacting) {
      this.compact().catch((error: unknown) =>
        this.options.logger.error({ err: error, documentId: this.id }, 'compaction failed; will retry later'),
      );
    }
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (isMember(origin, this.members)) {
      let owned = this.awarenessOwners.get(origin);
      if (!owned) {
        owned = new Set();
        this.awarenessOwners.set(origin, owned);
      }
      for (const id of [...added, ...updated]) {
        owned.add(id);
        // A client that reconnected before its old socket was noticed as gone now speaks through
        // this member; closing the old socket must not erase its presence.
        for (const [other, ids] of this.awarenessOwners) if (other !== origin) ids.delete(id);
      }
      for (const id of removed) owned.delete(id);
    }
    // Echoed to the sender too: a lone y-websocket client hears nothing else and would drop its
    // socket after 30 s of silence, while its own awareness renewal arrives every 15 s.
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const member of this.members) member.send(frame);
  };
}

function isMember(origin: unknown, members: Set<RoomMember>): origin is RoomMember {
  return members.has(origin as RoomMember);
}

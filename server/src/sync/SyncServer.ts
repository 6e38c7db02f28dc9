import { CloseCode, type CloseCodeValue } from '@van-kien/protocol';
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { DocumentRecord, Storage, StoredContent } from '../storage/Storage.js';
import { Connection } from './Connection.js';
import type { Authorizer, ConnectionAccess } from './ConnectionAccess.js';
import { type ChangeAuthor, DocumentRoom, type UpdateCheck } from './DocumentRoom.js';
import { SyncError } from './SyncError.js';
import type { SyncSocket } from './SyncSocket.js';
import { WriteQueue } from './WriteQueue.js';

export interface SyncServerOptions {
  storage: Storage;
  logger: Logger;
  maxMessageBytes: number;
  /** How long a document stays in memory after its last connection left [S-UNLOAD-1]. */
  unloadGraceMs: number;
  compactAfterUpdates: number;
  /** Frames per second relaying one document may write (see `RelayPacer`). */
  relayFramesPerSecond?: number;
  writeRetryDelayMs?: number;
  /** Told after changes to a document were committed, e.g. to keep its summary for the dashboard. */
  onCommitted?: (documentId: string, doc: Y.Doc) => void;
  /** Checks every update of a connection before it is applied, e.g. that it keeps a document's structure. */
  checkUpdate?: UpdateCheck;
  /** Told of every change a connection made, with its author, e.g. to enforce and record the section workflow. */
  onMemberChange?: (documentId: string, transaction: Y.Transaction, author: ChangeAuthor) => void;
  /** Bytes a socket may send before it is authorized and its document loaded; default 64 KiB. */
  maxPreAuthBytes?: number;
}

const DEFAULT_MAX_PRE_AUTH_BYTES = 64 * 1024;
/** How long building a document stored as a snapshot waits for its clients' sync requests. */
const SYNC_REQUEST_WAIT_MS = 5;

/**
 * How a recheck that did not give an access ends the connection [S-AUTH-5][S-AUTH-6]: a session
 * that ended is "sign in again" (4401), a store that failed is "try again later" (4500, never taken
 * as access withdrawn), and any other refusal is access withdrawn (4403).
 */
function recheckCloseCode(error: unknown): CloseCodeValue {
  if (error instanceof SyncError && (error.closeCode === CloseCode.Unauthorized || error.closeCode === CloseCode.StorageUnavailable)) {
    return error.closeCode;
  }
  return CloseCode.AccessRevoked;
}

/** For a server without accounts (unit tests of the core): everyone edits. */
const allowEditing: Authorizer = async () => ({ mode: 'edit' });

interface RoomSlot {
  ready: Promise<DocumentRoom>;
  room?: DocumentRoom;
  unloadTimer?: NodeJS.Timeout;
  /** Server work on the room under way (a version being taken, a restore): it is not unloaded meanwhile. */
  holds: number;
}

/** Handle a transport adapter keeps for one socket. */
export interface ConnectionHandle {
  receive(data: Uint8Array | string): void;
  socketClosed(): void;
}

/** The transport-free sync core: documents in memory, their connections, persistence. */
export class SyncServer {
  private readonly slots = new Map<string, RoomSlot>();
  private readonly connections = new Set<Connection>();
  private readonly authorizers = new WeakMap<Connection, Authorizer>();
  private readonly writeQueue: WriteQueue;
  private closing = false;

  constructor(private readonly options: SyncServerOptions) {
    this.writeQueue = new WriteQueue({
      storage: options.storage,
      logger: options.logger,
      ...(options.writeRetryDelayMs !== undefined && { retryDelayMs: options.writeRetryDelayMs }),
    });
  }

  /**
   * Starts serving `socket` for `documentId`: authorizes it, then loads the document in the
   * background. Until both are done its frames are buffered, up to `maxPreAuthBytes` [S-AUTH-1].
   */
  connect(documentId: string, socket: SyncSocket, authorize: Authorizer = allowEditing): ConnectionHandle {
    const connection = new Connection(
      documentId,
      socket,
      {
        maxMessageBytes: this.options.maxMessageBytes,
        maxBufferedBytes: this.options.maxPreAuthBytes ?? DEFAULT_MAX_PRE_AUTH_BYTES,
        logger: this.options.logger,
      },
      (closed) => this.onConnectionClosed(closed),
    );
    if (this.closing) {
      connection.close(CloseCode.ServerShuttingDown);
      return connection;
    }
    this.connections.add(connection);
    this.authorizers.set(connection, authorize);
    this.decideAccess(connection, authorize).then(
      (access) => {
        if (connection.isClosed) return;
        connection.access = access.mode;
        connection.userId = access.userId;
        connection.mayApprove = access.mayApprove ?? false;
        const slot = this.slotFor(documentId);
        this.cancelUnload(slot);
        slot.ready.then(
          (room) => connection.attach(room),
          (error: unknown) => connection.fail(error),
        );
      },
      (error: unknown) => connection.fail(error),
    );
    return connection;
  }

  /**
   * Decides every open connection's access anew, after grants, memberships or sessions changed
   * [S-AUTH-5]: a connection whose session ended is closed with 4401, one that lost access with
   * 4403; one whose mode changed gets the new mode at once (see `Connection.changeAccess`). One
   * whose access could not be decided, because the store failed, is closed with 4500 [S-AUTH-6].
   */
  async recheckAccess(): Promise<void> {
    await Promise.all(
      [...this.connections].map(async (connection) => {
        const authorize = this.authorizers.get(connection);
        if (!authorize || connection.access === undefined) return;
        let access: ConnectionAccess;
        try {
          access = await this.decideAccess(connection, authorize);
        } catch (error) {
          connection.close(recheckCloseCode(error));
          return;
        }
        const { mode } = access;
        const mayApprove = access.mayApprove ?? false;
        if (mode === connection.access && mayApprove === connection.mayApprove) return;
        if (mode === connection.access) {
          // Still editing, but gained or lost the right to approve: its client reconnects and
          // reads its role again, so what it offers matches what the server allows.
          connection.close(CloseCode.AccessChanged);
          return;
        }
        connection.mayApprove = mayApprove;
        connection.changeAccess(mode);
        this.options.logger.info({ documentId: connection.documentId, mode }, 'connection access changed');
      }),
    );
  }

  /**
   * A copy of the document's current content, for readers outside the sync path (export, reports):
   * the loaded room's state, or the stored state loaded as a connection would load it. Throws a
   * `SyncError` (4404, 4500) as loading does.
   */
  async readDocument(documentId: string): Promise<Y.Doc> {
    return this.withRoom(documentId, (room) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      return copy;
    });
  }

  /**
   * Reads the document as it is now and answers once every change applied so far is committed, so
   * that what `read` takes (a version) holds every change a client was told is saved, and nothing
   * that could be lost. `read` runs before the wait, on the live document: changes applied while the
   * commit is under way are not committed yet, and stay out.
   */
  async readStored<T>(documentId: string, read: (doc: Y.Doc) => T): Promise<T> {
    return this.withRoom(documentId, async (room) => {
      const result = read(room.doc);
      await room.whenStored();
      return result;
    });
  }

  /**
   * Changes the document as the server (a restore): the change is relayed to every connection and
   * stored like any member's edit, so open and offline clients merge it as one. Resolves once it
   * is committed.
   */
  async changeDocument(documentId: string, change: (doc: Y.Doc) => void): Promise<void> {
    await this.withRoom(documentId, async (room) => {
      room.applyServerChange(change);
      await room.whenStored();
    });
  }

  /**
   * Sends an extension frame (type 100 and up) to every connection of the document that said
   * `Hello`; stock clients never get one [P-EXT-1].
   */
  sendExtensionFrame(documentId: string, frame: Uint8Array): void {
    for (const connection of this.connections) {
      if (connection.documentId === documentId && connection.speaksExtensions) connection.send(frame);
    }
  }

  /** Documents currently held in memory. */
  get loadedDocumentIds(): string[] {
    return [...this.slots.keys()];
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Stops accepting connections, commits everything pending (so clients get their last `Saved`),
   * closes the connections, and compacts every loaded document [S-SHUTDOWN-1].
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.writeQueue.drain();
    // Acknowledgements are sent from promise callbacks of the commits; let them run first.
    await new Promise((resolve) => setImmediate(resolve));
    for (const connection of [...this.connections]) connection.close(CloseCode.ServerShuttingDown);
    await this.writeQueue.drain();
    for (const [documentId, slot] of this.slots) {
      clearTimeout(slot.unloadTimer);
      if (slot.room) await this.unload(documentId, slot.room);
    }
  }

  /**
   * Runs a connection's authorizer, the one place its failures are told apart [S-AUTH-6]: a
   * `SyncError` is a decision (refused) and passes through; anything else means the store failed
   * before access could be decided, which is logged and becomes `StorageUnavailable`, so the
   * client tries again later instead of giving up.
   */
  private async decideAccess(connection: Connection, authorize: Authorizer): Promise<ConnectionAccess> {
    try {
      return await authorize();
    } catch (error) {
      if (error instanceof SyncError) throw error;
      this.options.logger.error({ err: error, documentId: connection.documentId }, 'deciding access failed');
      throw new SyncError(CloseCode.StorageUnavailable, 'access could not be decided');
    }
  }

  /** Runs `use` on the loaded document, keeping it loaded until `use` is done. */
  private async withRoom<T>(documentId: string, use: (room: DocumentRoom) => T | Promise<T>): Promise<T> {
    const slot = this.slotFor(documentId);
    slot.holds++;
    try {
      return await use(await slot.ready);
    } finally {
      slot.holds--;
    }
  }

  private slotFor(documentId: string): RoomSlot {
    const existing = this.slots.get(documentId);
    if (existing) return existing;
    const slot: RoomSlot = { ready: this.load(documentId), holds: 0 };
    this.slots.set(documentId, slot);
    slot.ready.then(
      (room) => {
        slot.room = room;
        // The connections that asked for it attach in their own callbacks, after this one.
        if (!this.hasOpenConnection(documentId)) this.scheduleUnload(documentId, slot);
      },
      () => {
        // A failed load is forgotten so the next connection tries again [S-LOAD-2].
        if (this.slots.get(documentId) === slot) this.slots.delete(documentId);
      },
    );
    return slot;
  }

  private async load(documentId: string): Promise<DocumentRoom> {
    const { storage, logger } = this.options;
    let record: DocumentRecord | undefined;
    let content: StoredContent | undefined;
    try {
      record = await storage.getDocument(documentId);
      if (record) content = await storage.loadContent(documentId);
    } catch (error) {
      logger.error({ err: error, documentId }, 'loading document failed');
      throw new SyncError(CloseCode.StorageUnavailable, 'document could not be loaded');
    }
    if (!record || !content) throw SyncError.documentNotFound(documentId);
    if (content.snapshot && content.updates.length === 0) await this.answerFromStoredSnapshot(documentId, content.snapshot);
    try {
      return new DocumentRoom(documentId, content, {
        storage,
        writeQueue: this.writeQueue,
        logger,
        compactAfterUpdates: this.options.compactAfterUpdates,
        ...(this.options.relayFramesPerSecond && { relayFramesPerSecond: this.options.relayFramesPerSecond }),
        ...(this.options.onCommitted && { onCommitted: this.options.onCommitted }),
        ...(this.options.checkUpdate && { checkUpdate: this.options.checkUpdate }),
        ...(this.options.onMemberChange && { onMemberChange: this.options.onMemberChange }),
      });
    } catch (error) {
      logger.error({ err: error, documentId }, 'stored content of document does not apply');
      throw new SyncError(CloseCode.StorageUnavailable, 'document could not be loaded');
    }
  }

  /**
   * Building a long document takes about as long as sending it and applying it in the client, so a
   * client that has nothing gets the stored snapshot first and the document is built while it
   * travels [S-SYNC-1]. The build waits, briefly, for the sync requests of the connections waiting
   * for the document: on a LAN they come within a millisecond; over a slower network they come after
   * the build would have finished anyway.
   */
  private async answerFromStoredSnapshot(documentId: string, snapshot: Uint8Array): Promise<void> {
    const waiting = [...this.connections].filter((connection) => connection.documentId === documentId);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(waiting.map((connection) => connection.firstBufferedFrame())),
      new Promise((resolve) => (timer = setTimeout(resolve, SYNC_REQUEST_WAIT_MS))),
    ]);
    clearTimeout(timer);
    for (const connection of waiting) connection.answerEmptySyncRequest(snapshot);
  }

  private hasOpenConnection(documentId: string): boolean {
    for (const connection of this.connections) if (connection.documentId === documentId) return true;
    return false;
  }

  private onConnectionClosed(connection: Connection): void {
    this.connections.delete(connection);
    const slot = this.slots.get(connection.documentId);
    if (slot?.room && slot.room.memberCount === 0 && !this.closing) this.scheduleUnload(connection.documentId, slot);
  }

  private scheduleUnload(documentId: string, slot: RoomSlot): void {
    this.cancelUnload(slot);
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = undefined;
      if (slot.room) void this.unload(documentId, slot.room);
    }, this.options.unloadGraceMs);
  }

  private cancelUnload(slot: RoomSlot): void {
    clearTimeout(slot.unloadTimer);
    slot.unloadTimer = undefined;
  }

  /** Commits and compacts, then drops the document unless a connection arrived meanwhile. */
  private async unload(documentId: string, room: DocumentRoom): Promise<void> {
    try {
      await room.whenStored();
      if (room.hasUncompactedUpdates) await room.compact();
    } catch (error) {
      this.options.logger.error({ err: error, documentId }, 'compaction before unload failed; keeping document in memory');
      const slot = this.slots.get(documentId);
      if (slot?.room === room && room.memberCount === 0 && !this.closing) this.scheduleUnload(documentId, slot);
      return;
    }
    const slot = this.slots.get(documentId);
    if (room.memberCount > 0 || slot?.room !== room) return;
    if (slot.holds > 0) {
      if (!this.closing) this.scheduleUnload(documentId, slot);
      return;
    }
    this.slots.delete(documentId);
    room.destroy();
    this.options.logger.debug({ documentId }, 'document unloaded');
  }
}

import {
  CloseCode,
  type CloseCodeValue,
  closeReasons,
  decodeFrame,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  type Frame,
  PROTOCOL_VERSION,
  ProtocolError,
} from '@van-kien/protocol';
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { AccessMode } from './ConnectionAccess.js';
import type { DocumentRoom, RoomMember } from './DocumentRoom.js';
import { SyncError } from './SyncError.js';
import type { SyncSocket } from './SyncSocket.js';

export interface ConnectionOptions {
  /** Frames larger than this close the connection [P-FRAME-5]. */
  maxMessageBytes: number;
  /** Bytes a connection may buffer while it is authorized and its document loads; more closes it. */
  maxBufferedBytes: number;
  logger: Logger;
}

/**
 * One client socket on one document: decodes its frames, buffers them until the document is
 * loaded [S-LOAD-1], and maps every failure to a named close code in one place.
 */
export class Connection implements RoomMember {
  private room: DocumentRoom | undefined;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private frameBuffered: (() => void) | undefined;
  private closed = false;
  /** Update frames (sync step 2 or update) received, counted for `Saved` [P-EXT-3]. */
  private updatesReceived = 0;
  /** Update frames refused while read-only; they are not counted in `Saved`. */
  private refusedUpdates = 0;
  speaksExtensions = false;
  /** Undefined until authorized; nothing is applied or sent before [S-AUTH-1]. */
  access: AccessMode | undefined;
  userId: string | undefined;
  mayApprove = false;

  constructor(
    readonly documentId: string,
    private readonly socket: SyncSocket,
    private readonly options: ConnectionOptions,
    private readonly onClosed: (connection: Connection) => void,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  /** A frame from the socket; text frames are not part of the protocol [P-FRAME-6]. */
  receive(data: Uint8Array | string): void {
    if (this.closed) return;
    if (typeof data === 'string') {
      this.fail(new ProtocolError(CloseCode.MalformedMessage, 'text frames are not supported'));
      return;
    }
    if (data.byteLength > this.options.maxMessageBytes) {
      this.fail(new ProtocolError(CloseCode.MessageTooLarge, `frame of ${data.byteLength} bytes exceeds ${this.options.maxMessageBytes}`));
      return;
    }
    if (!this.room) {
      this.bufferedBytes += data.byteLength;
      if (this.bufferedBytes > this.options.maxBufferedBytes) {
        this.fail(new ProtocolError(CloseCode.MessageTooLarge, 'too much data sent before the document loaded'));
        return;
      }
      this.buffered.push(data);
      this.frameBuffered?.();
      return;
    }
    this.handle(data);
  }

  /** Resolves once the connection has sent a frame while its document loads, or has closed. */
  firstBufferedFrame(): Promise<void> {
    if (this.closed || this.buffered.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.frameBuffered = () => {
        this.frameBuffered = undefined;
        resolve();
      };
    });
  }

  /**
   * While the document is still being built: if the client's first sync frame is a sync step 1
   * with an empty state vector, answers it with `snapshot`, the whole stored document, and drops it
   * from the frames replayed at `attach`. Only for an authorized connection [S-AUTH-1].
   */
  answerEmptySyncRequest(snapshot: Uint8Array): void {
    if (this.closed || this.room || this.access === undefined) return;
    for (const [index, data] of this.buffered.entries()) {
      let frame: Frame;
      try {
        frame = decodeFrame(data);
      } catch {
        return; // `attach` replays it and closes the connection with the right code.
      }
      if (frame.kind === 'syncStep2' || frame.kind === 'update') return;
      if (frame.kind !== 'syncStep1') continue;
      if (!isEmptyStateVector(frame.stateVector)) return;
      this.buffered.splice(index, 1);
      this.bufferedBytes -= data.byteLength;
      this.send(encodeSyncStep2(snapshot));
      return;
    }
  }

  /** Called once the document is loaded: greets the client and replays what it sent meanwhile. */
  attach(room: DocumentRoom): void {
    if (this.closed) return;
    this.room = room;
    room.join(this);
    this.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    const awareness = room.encodeAllAwareness();
    if (awareness) this.send(awareness);
    const buffered = this.buffered;
    this.buffered = [];
    this.bufferedBytes = 0;
    for (const frame of buffered) {
      if (this.closed) return;
      this.handle(frame);
    }
  }

  send(frame: Uint8Array): void {
    if (!this.closed) this.socket.send(frame);
  }

  /** Closes with a named code; safe to call more than once. */
  close(code: CloseCodeValue, reason: string = closeReasons[code]): void {
    if (this.closed) return;
    this.closed = true;
    this.frameBuffered?.();
    this.room?.leave(this);
    this.socket.close(code, reason);
    this.onClosed(this);
  }

  /** The socket went away on its own. */
  socketClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.frameBuffered?.();
    this.room?.leave(this);
    this.onClosed(this);
  }

  /** Ends the connection for `error`: named failures close with their code, anything else is a bug. */
  fail(error: unknown): void {
    const code = error instanceof ProtocolError || error instanceof SyncError ? error.closeCode : CloseCode.InvalidUpdate;
    this.options.logger.warn({ documentId: this.documentId, closeCode: code, reason: (error as Error).message }, 'closing connection');
    this.close(code);
  }

  /**
   * A read-only connection's update is never applied, stored or relayed [S-AUTH-3]. Its client is
   * told why once; a sync step 2 that only answers the server's step 1 with nothing new is not
   * worth a message.
   */
  private refuseEdit(room: DocumentRoom, kind: 'syncStep2' | 'update', update: Uint8Array): void {
    if (kind === 'syncStep2' && !room.wouldChange(update)) return;
    if (this.refusedUpdates++ > 0) return;
    this.send(encodePermissionDenied(`read-only access (${this.access}): changes to the text are not accepted`));
  }

  /**
   * The connection's access was decided anew. A read-only connection that had updates refused and may
   * now edit is closed so that it reconnects: its client must send those changes again in a fresh
   * sync, and `Saved` counts must not cover frames that were refused [S-AUTH-5].
   */
  changeAccess(mode: AccessMode): void {
    if (mode === 'edit' && this.access !== 'edit' && this.refusedUpdates > 0) {
      this.close(CloseCode.AccessChanged);
      return;
    }
    this.access = mode;
    if (mode === 'view') this.room?.forgetAwareness(this);
  }

  private handle(data: Uint8Array): void {
    try {
      this.dispatch(decodeFrame(data));
    } catch (error) {
      this.fail(error);
    }
  }

  private dispatch(frame: Frame): void {
    const room = this.room!;
    switch (frame.kind) {
      case 'syncStep1':
        asMalformed(() => Y.decodeStateVector(frame.stateVector));
        this.send(encodeSyncStep2(room.encodeStateAsUpdate(frame.stateVector)));
        return;
      case 'syncStep2':
      case 'update':
        if (this.access !== 'edit') {
          this.refuseEdit(room, frame.kind, frame.update);
          return;
        }
        room.applyUpdate(this, frame.update);
        this.updatesReceived++;
        if (this.speaksExtensions) room.acknowledgeWhenStored(this, this.updatesReceived);
        return;
      case 'awareness':
        // A viewer's presence is not shared [S-AUTH-4].
        if (this.access !== 'view') asMalformed(() => room.applyAwareness(this, frame.update));
        return;
      case 'queryAwareness': {
        const awareness = room.encodeAllAwareness();
        if (awareness) this.send(awareness);
        return;
      }
      case 'hello':
        if (frame.version !== PROTOCOL_VERSION) {
          throw ProtocolError.malformed(`protocol version ${frame.version} is not supported (server speaks ${PROTOCOL_VERSION})`);
        }
        this.speaksExtensions = true;
        room.acknowledgeWhenStored(this, this.updatesReceived);
        return;
      case 'saved':
      case 'commentsChanged':
      case 'versionsChanged':
      case 'permissionDenied':
        throw new ProtocolError(CloseCode.UnknownMessageType, `${frame.kind} is sent by the server only`);
    }
  }
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  try {
    return Y.decodeStateVector(stateVector).size === 0;
  } catch {
    return false;
  }
}

/** Runs `decode`, turning a decoding failure of a nested payload into a `MalformedMessage` error. */
function asMalformed<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw ProtocolError.malformed(`malformed payload: ${(error as Error).message}`);
  }
}

import { performance } from 'node:perf_hooks';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '@van-kien/protocol';
import * as Y from 'yjs';
import { RawWebSocket } from '../net/RawWebSocket.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { readIncoming } from '../wire/incoming.js';
import type { DocumentWire } from '../wire/WireCodec.js';

export interface BenchClientOptions {
  /**
   * The client's document. Remote changes are applied to it when `applyRemote` is set (an observer
   * or a full editor); a writer keeps only its own changes, which is all it needs to type.
   */
  doc?: Y.Doc;
  applyRemote?: boolean;
  /** Answer the server's sync step 1 with what the server lacks, as a provider does on reconnect. */
  answerSyncStep1?: boolean;
  /** Ask our server for durable `Saved` acknowledgements (ignored by the peers, which have none). */
  wantSavedAck?: boolean;
  /** Each update received (sync step 2 included), after it was applied, with its receive time. */
  onUpdate?: (update: Uint8Array, receivedAt: number) => void;
  /** Ours: `count` update frames of this connection are durable. */
  onSaved?: (count: number, receivedAt: number) => void;
  /** Hocuspocus: one more update frame was applied in memory. */
  onSyncStatus?: (receivedAt: number) => void;
}

/** Origin of changes applied from the server, so a client never echoes them back. */
const REMOTE = Symbol('remote');

/**
 * One user's connection to one document over a raw socket, speaking the server's framing: greets,
 * syncs, sends updates, and hands what it receives to the scenario. A client that listens to
 * nothing after its first sync skips incoming frames unread, so hundreds fit in one process.
 */
export class BenchClient {
  /** Resolves when the server's sync step 2 arrived; rejects if the socket closes first. */
  readonly synced: Promise<void>;
  /** Resolves with the close code when the connection has ended. */
  readonly closed: Promise<number>;
  private roundTrips: (() => void)[] = [];
  /** Why the server refused this client, if it did. */
  refusal: string | undefined;
  private markSynced!: () => void;
  private isSynced = false;

  private constructor(
    private readonly socket: RawWebSocket,
    private readonly wire: DocumentWire,
    readonly doc: Y.Doc,
    private readonly options: BenchClientOptions,
  ) {
    let failSync!: (error: Error) => void;
    this.synced = new Promise<void>((resolve, reject) => {
      this.markSynced = resolve;
      failSync = reject;
    });
    // A scenario that never awaits `synced` must not see an unhandled rejection.
    this.synced.catch(() => {});
    this.closed = new Promise((resolve) => {
      socket.onClose = (code) => {
        if (!this.isSynced)
          failSync(new Error(`socket closed with ${code} before the first sync${this.refusal ? `: ${this.refusal}` : ''}`));
        resolve(code);
      };
    });
    socket.onMessage = (frame) => this.receive(frame);
    socket.start();
  }

  /** Opens a socket for `documentName`, greets, and sends sync step 1 with the doc's state vector. */
  static async open(target: ServerTarget, documentName: string, options: BenchClientOptions = {}): Promise<BenchClient> {
    const socket = await RawWebSocket.connect(target.socketUrl(documentName));
    const wire = target.wire(documentName);
    const client = new BenchClient(socket, wire, options.doc ?? new Y.Doc(), options);
    for (const message of wire.greeting({ wantSavedAck: options.wantSavedAck ?? false })) socket.send(message);
    socket.send(wire.wrap(encodeSyncStep1(Y.encodeStateVector(client.doc))));
    return client;
  }

  get isOpen(): boolean {
    return this.socket.isOpen;
  }

  /** Sends one Yjs update as one update frame. */
  sendUpdate(update: Uint8Array): void {
    this.socket.send(this.wire.wrap(encodeUpdate(update)));
  }

  /**
   * Sends a sync step 1 and resolves on the server's next sync step 2. Servers handle a socket's
   * messages in order, so everything sent before has then been applied. Only for a client that
   * listens after its first sync (see `listensAfterSync`).
   */
  roundTrip(): Promise<void> {
    return new Promise((resolve) => {
      this.roundTrips.push(resolve);
      this.socket.send(this.wire.wrap(encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))));
    });
  }

  close(): void {
    this.socket.close();
  }

  /** Drops the socket without a close handshake, as a lost network would. */
  drop(): void {
    this.socket.drop();
  }

  private receive(frame: Uint8Array): void {
    const receivedAt = performance.now();
    const message = readIncoming(this.wire.unwrap(frame));
    switch (message.kind) {
      case 'syncStep2':
      case 'update':
        if (this.options.applyRemote) Y.applyUpdate(this.doc, message.update, REMOTE);
        this.options.onUpdate?.(message.update, receivedAt);
        if (message.kind !== 'syncStep2') return;
        if (!this.isSynced) {
          this.isSynced = true;
          this.markSynced();
          if (!this.listensAfterSync()) this.socket.onMessage = undefined;
        } else {
          this.roundTrips.shift()?.();
        }
        return;
      case 'syncStep1':
        if (this.options.answerSyncStep1) {
          this.socket.send(this.wire.wrap(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector))));
        }
        return;
      case 'saved':
        this.options.onSaved?.(message.count, receivedAt);
        return;
      case 'syncStatus':
        this.options.onSyncStatus?.(receivedAt);
        return;
      case 'permissionDenied':
        // Nothing in a benchmark should be refused; ending the socket fails `synced` and the run.
        this.refusal = message.reason;
        this.socket.drop();
        return;
      default:
        return;
    }
  }

  private listensAfterSync(): boolean {
    const o = this.options;
    return Boolean(o.applyRemote || o.answerSyncStep1 || o.onUpdate || o.onSaved || o.onSyncStatus);
  }
}

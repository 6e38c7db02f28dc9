import { encodeHello, encodeSyncStep1, encodeUpdate, PROTOCOL_VERSION } from '@van-kien/protocol';
import * as Y from 'yjs';
import type { ConnectionHandle, SyncServer } from '../SyncServer.js';
import { FakeSocket } from './FakeSocket.js';

/** The shared type every test document keeps its text in. */
export const TEXT = 'content';

/** An update that inserts `text` at the start of the document, written by Yjs client `clientId`. */
export function textUpdate(clientId: number, text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getText(TEXT).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * An update cut short inside its delete set. Yjs would integrate its text ("XYZW" minus a deletion)
 * before noticing the end of the bytes, so applied unchecked it would half-change the document.
 */
export function truncatedUpdate(clientId: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getText(TEXT).insert(0, 'XYZW');
  doc.getText(TEXT).delete(1, 2);
  const update = Y.encodeStateAsUpdate(doc);
  return update.slice(0, update.length - 1);
}

/** The text of a test document. */
export function textOf(doc: Y.Doc): string {
  return doc.getText(TEXT).toString();
}

/**
 * A client as the server sees one: a real Y.Doc with a fixed Yjs client id (so runs are
 * deterministic) on a `FakeSocket` connected to the server. Nothing happens behind the test's back:
 * frames are sent and applied only by explicit calls.
 */
export class TestPeer {
  readonly doc = new Y.Doc();
  readonly socket = new FakeSocket();
  readonly connection: ConnectionHandle;

  constructor(
    server: SyncServer,
    readonly documentId: string,
    readonly clientId: number,
  ) {
    this.doc.clientID = clientId;
    this.connection = server.connect(documentId, this.socket);
  }

  get text(): string {
    return textOf(this.doc);
  }

  /**
   * Resolves once the server has attached this connection to the loaded document: it greets every
   * connection with its own sync step 1 [S-SYNC-1]. Returns the server's state vector.
   */
  async joined(): Promise<Uint8Array> {
    return (await this.socket.nextFrame('syncStep1')).stateVector;
  }

  /** Changes the local document and returns the update this produced, without sending it. */
  change(edit: (text: Y.Text) => void): Uint8Array {
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', record);
    try {
      edit(this.doc.getText(TEXT));
    } finally {
      this.doc.off('update', record);
    }
    return Y.mergeUpdates(updates);
  }

  /** Appends `text` locally and sends the change as a `Sync` update; returns the update. */
  type(text: string): Uint8Array {
    const update = this.change((t) => t.insert(t.length, text));
    this.send(encodeUpdate(update));
    return update;
  }

  /** Delivers a frame from this client to the server. */
  send(frame: Uint8Array | string): void {
    this.connection.receive(frame);
  }

  /** Announces this client as a Văn Kiện client, one that wants `Saved` frames [P-EXT-2]. */
  hello(version = PROTOCOL_VERSION): void {
    this.send(encodeHello(version));
  }

  /** Waits for the next `Saved` not yet taken and returns its count of stored update frames. */
  async nextSaved(): Promise<number> {
    return (await this.socket.nextFrame('saved')).storedUpdates;
  }

  /** The counts of every `Saved` sent to this client so far, taken or not, in order. */
  get savedCounts(): number[] {
    return this.socket.framesOf('saved').map((f) => f.storedUpdates);
  }

  /** Sends sync step 1 and applies the step 2 that answers it; returns that update. */
  async syncFromServer(): Promise<Uint8Array> {
    this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const { update } = await this.socket.nextFrame('syncStep2');
    Y.applyUpdate(this.doc, update, this);
    return update;
  }

  /** Waits for the next update the server relays and applies it; returns it. */
  async receiveUpdate(): Promise<Uint8Array> {
    const { update } = await this.socket.nextFrame('update');
    Y.applyUpdate(this.doc, update, this);
    return update;
  }

  /** The client's socket goes away (tab closed, network lost). */
  leave(): void {
    this.connection.socketClosed();
  }
}

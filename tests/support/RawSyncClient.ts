import { decodeFrame, encodeHello, encodeSyncStep1, encodeUpdate, type Frame, PROTOCOL_VERSION } from '@van-kien/protocol';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

type Waiter = { match: (frame: Frame) => boolean; resolve: (frame: Frame) => void };

/**
 * A lightweight protocol client on a real socket, for tests that need to see or forge frames:
 * records every frame it receives and lets a test wait for one, event-driven.
 */
export class RawSyncClient {
  readonly frames: Frame[] = [];
  readonly rawFrames: Uint8Array[] = [];
  readonly doc = new Y.Doc();
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: Waiter[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data);
      this.rawFrames.push(bytes);
      const frame = decodeFrame(bytes);
      this.frames.push(frame);
      if (frame.kind === 'syncStep2' || frame.kind === 'update') Y.applyUpdate(this.doc, frame.update, 'server');
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
  }

  /**
   * Opens a socket to `/sync/<documentId>`, presenting an API token (as `?token=`), a session
   * cookie, or nothing; resolves once it is open.
   */
  static async connect(wsBase: string, documentId: string, credential: string | { cookie: string } | null): Promise<RawSyncClient> {
    const query = typeof credential === 'string' ? `?token=${encodeURIComponent(credential)}` : '';
    const headers = credential && typeof credential === 'object' ? { cookie: credential.cookie } : undefined;
    const socket = new WebSocket(`${wsBase}/${documentId}${query}`, headers ? { headers } : {});
    const client = new RawSyncClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(frame: Uint8Array | string): void {
    this.socket.send(frame);
  }

  /** Sync step 1, then waits for the server's step 2 so `doc` holds the stored content. */
  async sync(): Promise<void> {
    const answered = this.nextFrame((f) => f.kind === 'syncStep2');
    this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    await answered;
  }

  /** Update frames (sync step 2 or update) this client sent, as the server counts them. */
  updatesSent = 0;

  hello(): void {
    this.send(encodeHello(PROTOCOL_VERSION));
  }

  /** Makes a local change with `edit` and sends it as one update frame; returns the update. */
  edit(edit: (doc: Y.Doc) => void): Uint8Array {
    const before = Y.encodeStateVector(this.doc);
    edit(this.doc);
    const update = Y.encodeStateAsUpdate(this.doc, before);
    this.send(encodeUpdate(update));
    this.updatesSent++;
    return update;
  }

  /** Resolves with the first frame received from now on that matches. */
  nextFrame(match: (frame: Frame) => boolean): Promise<Frame> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Resolves once a `Saved` frame says every update frame sent so far is durable. */
  async allSaved(): Promise<void> {
    const count = this.updatesSent;
    const reached = (f: Frame) => f.kind === 'saved' && f.storedUpdates >= count;
    if (this.frames.some(reached)) return;
    await this.nextFrame(reached);
  }

  text(name = 't'): string {
    return this.doc.getText(name).toString();
  }

  close(): void {
    this.socket.close();
  }
}

import { encodeHello, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type Frame, PROTOCOL_VERSION } from '@van-kien/protocol';
import * as Y from 'yjs';
import { FaultyLink, type LinkEvent } from './FaultyLink.js';

/** Update frames of one connection that a `Saved` frame said are stored. */
export interface SavedClaim {
  /** Which client and connection, for messages. */
  connection: string;
  /** The `n` of the `Saved` frame. */
  storedUpdates: number;
  /** Newly covered frames: their 1-based number on the connection and the Yjs update each carried. */
  frames: { number: number; update: Uint8Array }[];
}

export interface EditingClientOptions {
  name: string;
  /** Yjs client id, unique in the run. */
  clientId: number;
  /** `ws://…/sync/<documentId>?token=…` */
  url: string;
  /** Told of every change made on this client. */
  onLocalUpdate(update: Uint8Array): void;
  /** Told when a `Saved` frame covers more of the current connection's update frames. */
  onSaved(claim: SavedClaim): void;
}

/** One connection as the client keeps it: the update frames it sent and how many are stored. */
interface Session {
  link: FaultyLink;
  number: number;
  /** Updates carried by the update frames (sync step 2 or update) sent, in order. */
  frames: Uint8Array[];
  storedUpdates: number;
  /** Number of the sync step 2 frame that answered the server's step 1, once sent. */
  stepTwoFrame: number | undefined;
  /** Whether the server answered the client's own step 1. */
  synced: boolean;
  /** Wakes `settled()` and `refreshed()` after every event. */
  onEvent: (() => void) | undefined;
}

/**
 * A Văn Kiện client that edits offline and syncs later, on the y-websocket protocol with the
 * Hello/Saved extension: on every (re)connect it says Hello and sends its sync step 1, answers the
 * server's step 1 with a step 2 of everything the server lacks, and sends each local change as an
 * update frame while connected. Optionally it also re-sends, on a new connection, the changes no
 * `Saved` confirmed, duplicating what the old connection may have delivered.
 */
export class EditingClient {
  readonly doc = new Y.Doc();
  /** The connection the client reads and writes, if any. */
  private session: Session | undefined;
  /** Connections given up on, whose sockets may still deliver what they had queued. */
  readonly abandonedLinks: FaultyLink[] = [];
  /** Local changes no `Saved` has confirmed since the last completed sync. */
  private unconfirmed: Uint8Array[] = [];
  private connections = 0;
  /** Close codes of the client's connections, as it read them. */
  readonly closeCodes: number[] = [];
  /** Frames the client should never get (permission denied, a Saved beyond what it sent). */
  readonly anomalies: string[] = [];

  constructor(private readonly options: EditingClientOptions) {
    this.doc.clientID = options.clientId;
    this.doc.on('update', this.onDocUpdate);
  }

  get name(): string {
    return this.options.name;
  }

  get isOnline(): boolean {
    return this.session !== undefined;
  }

  /** Every link with frames still to move: the current one and the abandoned ones. */
  get links(): FaultyLink[] {
    return this.session ? [this.session.link, ...this.abandonedLinks] : [...this.abandonedLinks];
  }

  /** Opens a new connection; `resendUnconfirmed` also re-sends changes not confirmed as saved. */
  connect(resendUnconfirmed: boolean): void {
    if (this.session) throw new Error(`${this.name} is already connected`);
    const link: FaultyLink = new FaultyLink(this.options.url, (event) => this.onLinkEvent(session, event));
    const session: Session = {
      link,
      number: ++this.connections,
      frames: [],
      storedUpdates: 0,
      stepTwoFrame: undefined,
      synced: false,
      onEvent: undefined,
    };
    this.session = session;
    link.send(encodeHello(PROTOCOL_VERSION));
    link.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    if (!resendUnconfirmed) return;
    // From here the re-sent changes are this connection's frames, confirmed or not like any other.
    for (const update of this.unconfirmed.splice(0)) this.sendUpdate(session, update, encodeUpdate(update));
  }

  /** The network broke: the connection is gone with whatever was in flight. */
  dropConnection(): void {
    const session = this.endSession();
    session?.link.cut();
  }

  /** The client gives up on its connection (it seems dead) while the old socket may still deliver. */
  abandonConnection(): void {
    const session = this.endSession();
    if (!session) return;
    session.link.abandon();
    this.abandonedLinks.push(session.link);
  }

  /** Closes abandoned links that have nothing left to transmit; returns how many. */
  closeIdleAbandonedLinks(): number {
    const idle = this.abandonedLinks.filter((link) => link.queuedOut === 0);
    for (const link of idle) {
      void link.finish();
      this.abandonedLinks.splice(this.abandonedLinks.indexOf(link), 1);
    }
    return idle.length;
  }

  /** Lets abandoned links deliver what they queued, and waits until they are closed. */
  async finishAbandonedLinks(): Promise<void> {
    const links = this.abandonedLinks.splice(0);
    await Promise.all(links.map((link) => link.finish()));
  }

  /**
   * With a healthy network from now on, resolves once the connection has synced both ways and a
   * `Saved` covers every update frame it sent. Rejects if the connection closes first.
   */
  settled(): Promise<void> {
    const session = this.requireSession();
    session.link.flowFreely();
    return this.waitOn(
      session,
      () => session.synced && session.stepTwoFrame !== undefined && session.storedUpdates >= session.frames.length,
    );
  }

  /** Asks the server for everything it has (sync step 1) and resolves once its answer is applied. */
  refreshed(): Promise<void> {
    const session = this.requireSession();
    session.synced = false;
    session.link.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    return this.waitOn(session, () => session.synced);
  }

  destroy(): void {
    for (const link of this.links) link.cut();
    this.session = undefined;
    this.abandonedLinks.length = 0;
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
  }

  private requireSession(): Session {
    if (!this.session) throw new Error(`${this.name} is offline`);
    return this.session;
  }

  private waitOn(session: Session, done: () => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.session !== session) {
          session.onEvent = undefined;
          reject(new Error(`${this.name} lost connection ${session.number} (close codes so far: ${this.closeCodes.join(', ')})`));
        } else if (done()) {
          session.onEvent = undefined;
          resolve();
        }
      };
      session.onEvent = check;
      check();
    });
  }

  /** Ends the current session; its unconfirmed frames must travel again on the next connection. */
  private endSession(): Session | undefined {
    const session = this.session;
    if (!session) return undefined;
    this.session = undefined;
    this.unconfirmed.push(...session.frames.slice(session.storedUpdates));
    return session;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin instanceof FaultyLink) return;
    this.options.onLocalUpdate(update);
    if (this.session) this.sendUpdate(this.session, update, encodeUpdate(update));
    else this.unconfirmed.push(update);
  };

  private sendUpdate(session: Session, update: Uint8Array, frame: Uint8Array): number {
    session.frames.push(update);
    session.link.send(frame);
    return session.frames.length;
  }

  private onLinkEvent(session: Session, event: LinkEvent): void {
    if (session !== this.session) return;
    if (event.kind === 'closed') {
      this.closeCodes.push(event.code);
      this.endSession();
    } else {
      this.onFrame(session, event.frame);
    }
    session.onEvent?.();
  }

  private onFrame(session: Session, frame: Frame): void {
    switch (frame.kind) {
      case 'syncStep1': {
        const update = Y.encodeStateAsUpdate(this.doc, frame.stateVector);
        session.stepTwoFrame = this.sendUpdate(session, update, encodeSyncStep2(update));
        return;
      }
      case 'syncStep2':
        Y.applyUpdate(this.doc, frame.update, session.link);
        session.synced = true;
        return;
      case 'update':
        Y.applyUpdate(this.doc, frame.update, session.link);
        return;
      case 'saved':
        this.onSaved(session, frame.storedUpdates);
        return;
      case 'permissionDenied':
        this.anomalies.push(`${this.name} connection ${session.number}: permission denied (${frame.reason})`);
        return;
      default:
        return;
    }
  }

  private onSaved(session: Session, storedUpdates: number): void {
    const where = `${this.name} connection ${session.number}`;
    if (storedUpdates > session.frames.length) {
      this.anomalies.push(`${where}: Saved ${storedUpdates} but only ${session.frames.length} update frames were sent`);
      return;
    }
    if (storedUpdates < session.storedUpdates) {
      this.anomalies.push(`${where}: Saved went down from ${session.storedUpdates} to ${storedUpdates}`);
      return;
    }
    if (storedUpdates === session.storedUpdates) return;
    const frames = session.frames
      .slice(session.storedUpdates, storedUpdates)
      .map((update, i) => ({ number: session.storedUpdates + i + 1, update }));
    session.storedUpdates = storedUpdates;
    // Everything the client had when it sent its step 2 is in that frame or was already stored.
    if (session.stepTwoFrame !== undefined && storedUpdates >= session.stepTwoFrame) this.unconfirmed = [];
    this.options.onSaved({ connection: where, storedUpdates, frames });
  }
}

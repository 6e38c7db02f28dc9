import { decodeFrame, type Frame } from '@van-kien/protocol';
import { WebSocket } from 'ws';

/** What a client reads from its connection, in the order the network delivered it. */
export type LinkEvent = { kind: 'frame'; frame: Frame } | { kind: 'closed'; code: number };

/**
 * One real WebSocket of a simulated client, whose network the test drives. Within the connection
 * frames stay ordered and reliable, as over TCP; the test decides when they move. What the client
 * sends waits in the outbox until `transmit`; what arrives from the server waits in the inbox until
 * `deliver`. A `cut` breaks the connection and loses both, as a dropped network does. An abandoned
 * link is one the client gave up on (it stopped reading it) while the old socket may still deliver
 * what it had queued, after the client's new connection has synced.
 */
export class FaultyLink {
  private readonly socket: WebSocket;
  private outbox: Uint8Array[] = [];
  private inbox: LinkEvent[] = [];
  private reading = true;
  private flowing = false;
  /** Resolves once the socket has closed, whoever closed it. */
  private readonly closed: Promise<void>;
  /** Resolves once the socket is open or will never be. */
  private readonly opening: Promise<void>;

  constructor(
    url: string,
    private readonly onEvent: (event: LinkEvent) => void,
  ) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'nodebuffer';
    const opened = new Promise<void>((resolve) => this.socket.on('open', () => resolve()));
    this.socket.on('open', () => {
      if (this.flowing) this.transmit(this.outbox.length);
    });
    this.socket.on('message', (data: Buffer) => this.arrive({ kind: 'frame', frame: decodeFrame(new Uint8Array(data)) }));
    // A refused or broken connection reports an error and then closes; the close is what counts.
    this.socket.on('error', () => {});
    this.closed = new Promise((resolve) => {
      this.socket.on('close', (code) => {
        this.outbox = [];
        this.arrive({ kind: 'closed', code });
        resolve();
      });
    });
    this.opening = Promise.race([opened, this.closed]);
  }

  /** Queues a frame; it is lost if the connection ends before it is transmitted. */
  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.CLOSING || this.socket.readyState === WebSocket.CLOSED) return;
    this.outbox.push(frame);
    if (this.flowing) this.transmit(1);
  }

  /** Puts up to `count` queued frames on the wire, once the socket is open; returns how many. */
  transmit(count: number): number {
    if (this.socket.readyState !== WebSocket.OPEN) return 0;
    const frames = this.outbox.splice(0, count);
    for (const frame of frames) this.socket.send(frame);
    return frames.length;
  }

  /** Hands up to `count` arrived events to the client, in order. */
  deliver(count: number): void {
    for (const event of this.inbox.splice(0, count)) this.onEvent(event);
  }

  get canTransmit(): boolean {
    return this.outbox.length > 0 && this.socket.readyState === WebSocket.OPEN;
  }

  get queuedOut(): number {
    return this.outbox.length;
  }

  get queuedIn(): number {
    return this.inbox.length;
  }

  /** From now on frames move as soon as they can, both ways: the network is healthy again. */
  flowFreely(): void {
    this.flowing = true;
    this.transmit(this.outbox.length);
    this.deliver(this.inbox.length);
  }

  /** The network broke: frames in flight either way are lost and the socket is gone. */
  cut(): void {
    this.reading = false;
    this.outbox = [];
    this.inbox = [];
    this.socket.terminate();
  }

  /** The client stops reading this connection; what it queued may still be transmitted. */
  abandon(): void {
    this.reading = false;
    this.inbox = [];
  }

  /** Transmits what is queued, then closes the socket normally and waits for it to close. */
  async finish(): Promise<void> {
    await this.opening;
    if (this.socket.readyState !== WebSocket.CLOSED) {
      this.transmit(this.outbox.length);
      // ws sends the close frame after the frames written before it.
      this.socket.close();
    }
    await this.closed;
  }

  private arrive(event: LinkEvent): void {
    if (!this.reading) return;
    this.inbox.push(event);
    if (this.flowing) this.deliver(this.inbox.length);
  }
}

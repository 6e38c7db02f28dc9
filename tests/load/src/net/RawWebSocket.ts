import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** Client frames must be masked; a zero key leaves the payload unchanged, so sending needs no copy loop. */
const ZERO_MASK = Buffer.alloc(4);

/**
 * A minimal WebSocket client on a bare TCP socket, for load generation: thousands of them fit in one
 * process because a message is only sliced out of the read buffer (no per-message allocation, no
 * events) and, when nobody listens, frames are skipped after reading their header. Speaks binary
 * frames, answers pings, no extensions (permessage-deflate is never offered).
 */
export class RawWebSocket {
  /**
   * Called with each complete binary message. The bytes are a view into a read buffer: copy them to
   * keep them past the call. Left unset, messages are skipped.
   */
  onMessage: ((message: Uint8Array) => void) | undefined;
  /** Called once when the connection ends, with the close code the server sent (1006 when none). */
  onClose: ((code: number) => void) | undefined;
  private pending: Buffer | undefined;
  /** Messages that arrived before `start` (a server may speak first, in the upgrade's own packet). */
  private held: Buffer[] | undefined = [];
  private fragments: Buffer[] = [];
  private closeCode = 1006;
  private ended = false;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.end());
  }

  /**
   * Opens `url` (ws://host:port/path); resolves once the server accepted the upgrade. Messages are
   * held until `start()`, so none is lost before the caller has set `onMessage`.
   */
  static connect(url: string): Promise<RawWebSocket> {
    const { hostname, port, pathname, search } = new URL(url);
    const key = randomBytes(16).toString('base64');
    const expectedAccept = createHash('sha1')
      .update(key + WS_GUID)
      .digest('base64');
    return new Promise((resolve, reject) => {
      const socket = connect({ host: hostname, port: Number(port) });
      let head = Buffer.alloc(0);
      const fail = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      socket.once('error', fail);
      socket.once('connect', () => {
        socket.write(
          `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
            `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
      const onHead = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end === -1) return;
        socket.off('data', onHead);
        socket.off('error', fail);
        const response = head.subarray(0, end).toString('latin1');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
        const accept = /\r\nsec-websocket-accept:\s*(\S+)/i.exec(response)?.[1];
        if (status !== '101' || accept !== expectedAccept) {
          fail(new Error(`WebSocket upgrade to ${url} refused: ${response.split('\r\n')[0]}`));
          return;
        }
        const client = new RawWebSocket(socket);
        resolve(client);
        const rest = head.subarray(end + 4);
        if (rest.length > 0) client.read(rest);
      };
      socket.on('data', onHead);
    });
  }

  /** Delivers the messages held since the upgrade, then every message as it arrives; call once handlers are set. */
  start(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const message of held) this.onMessage?.(message);
  }

  get isOpen(): boolean {
    return !this.ended;
  }

  /** Sends one binary message. */
  send(message: Uint8Array): void {
    if (this.ended) return;
    this.socket.write(frame(OPCODE.binary, message));
  }

  /** Sends a close frame and ends the socket once the server answers (or at once if it already went). */
  close(code = 1000): void {
    if (this.ended) return;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    this.socket.end(frame(OPCODE.close, payload));
  }

  /** Drops the connection without a close handshake, as a lost network would. */
  drop(): void {
    this.socket.destroy();
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onClose?.(this.closeCode);
  }

  private read(chunk: Buffer): void {
    const buffer = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let offset = 0;
    // Bounded by the buffer: every pass consumes one whole frame or stops.
    while (buffer.length - offset >= 2) {
      const first = buffer[offset]!;
      const second = buffer[offset + 1]!;
      let length = second & 0x7f;
      let headerLength = 2;
      if (length === 126) {
        if (buffer.length - offset < 4) break;
        length = buffer.readUInt16BE(offset + 2);
        headerLength = 4;
      } else if (length === 127) {
        if (buffer.length - offset < 10) break;
        length = Number(buffer.readBigUInt64BE(offset + 2));
        headerLength = 10;
      }
      // Server frames are never masked (RFC 6455 5.1).
      const start = offset + headerLength;
      if (buffer.length - start < length) break;
      this.handleFrame((first & 0x80) !== 0, first & 0x0f, buffer.subarray(start, start + length));
      offset = start + length;
    }
    this.pending = offset < buffer.length ? buffer.subarray(offset) : undefined;
  }

  private handleFrame(fin: boolean, opcode: number, payload: Buffer): void {
    switch (opcode) {
      case OPCODE.binary:
      case OPCODE.text:
      case OPCODE.continuation:
        if (!fin) {
          this.fragments.push(Buffer.from(payload));
          return;
        }
        if (this.held) {
          this.held.push(Buffer.concat([...this.fragments, payload]));
          this.fragments = [];
          return;
        }
        if (!this.onMessage) {
          this.fragments.length = 0;
          return;
        }
        if (this.fragments.length > 0) {
          this.fragments.push(payload);
          const whole = Buffer.concat(this.fragments);
          this.fragments = [];
          this.onMessage(whole);
        } else {
          this.onMessage(payload);
        }
        return;
      case OPCODE.ping:
        this.socket.write(frame(OPCODE.pong, payload));
        return;
      case OPCODE.close:
        this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        this.socket.end(frame(OPCODE.close, payload.subarray(0, 2)));
        return;
    }
  }
}

/** One masked client frame (FIN set). */
function frame(opcode: number, payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(headerLength + 4 + length);
  out[0] = 0x80 | opcode;
  if (length < 126) {
    out[1] = 0x80 | length;
  } else if (length < 65536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(length, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(length), 2);
  }
  ZERO_MASK.copy(out, headerLength);
  out.set(payload, headerLength + 4);
  return out;
}

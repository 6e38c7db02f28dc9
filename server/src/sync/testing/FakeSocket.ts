import { decodeFrame, type Frame } from '@van-kien/protocol';
import * as decoding from 'lib0/decoding';
import type { SyncSocket } from '../SyncSocket.js';
import { deferred } from './waiting.js';

export type FrameKind = Frame['kind'];
export type FrameOf<K extends FrameKind> = Extract<Frame, { kind: K }>;

/** A frame the server sent: its bytes, its message type and what it decodes to. */
export interface SentFrame {
  bytes: Uint8Array;
  type: number;
  frame: Frame;
}

export interface CloseEvent {
  code: number;
  reason: string;
}

interface Waiter {
  kind: FrameKind;
  resolve(frame: Frame): void;
  reject(error: Error): void;
}

/**
 * A `SyncSocket` that records what the server does with it: every frame sent (decoded with the
 * protocol's own `decodeFrame`) and the close. Tests wait for events with `nextFrame(kind)` and
 * `closed` instead of sleeping.
 */
export class FakeSocket implements SyncSocket {
  /** Every frame sent while open, in order. */
  readonly sent: SentFrame[] = [];
  /** Frames sent after `close`; a correct server sends none. */
  readonly sentAfterClose: Uint8Array[] = [];
  /** Every `close` call; a correct server closes once. */
  readonly closeCalls: CloseEvent[] = [];
  private readonly closing = deferred<CloseEvent>();
  /** Resolves with the code and reason of the first `close`. */
  readonly closed: Promise<CloseEvent> = this.closing.promise;
  private unread: Frame[] = [];
  private waiters: Waiter[] = [];

  send(bytes: Uint8Array): void {
    if (this.closeEvent) {
      this.sentAfterClose.push(bytes.slice());
      return;
    }
    const copy = bytes.slice();
    const frame = decodeFrame(copy);
    this.sent.push({ bytes: copy, type: decoding.readVarUint(decoding.createDecoder(copy)), frame });
    const waiter = this.waiters.find((w) => w.kind === frame.kind);
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(frame);
    } else {
      this.unread.push(frame);
    }
  }

  close(code: number, reason: string): void {
    this.closeCalls.push({ code, reason });
    if (this.closeCalls.length > 1) return;
    this.closing.resolve({ code, reason });
    for (const waiter of this.waiters) {
      waiter.reject(new Error(`socket closed with ${code} "${reason}" before a ${waiter.kind} frame arrived`));
    }
    this.waiters = [];
  }

  get closeEvent(): CloseEvent | undefined {
    return this.closeCalls[0];
  }

  /**
   * The oldest frame of `kind` not yet taken by `nextFrame`, waiting for it if none has arrived.
   * Rejects if the socket closes first. Frames of other kinds stay unread.
   */
  nextFrame<K extends FrameKind>(kind: K): Promise<FrameOf<K>> {
    const index = this.unread.findIndex((f) => f.kind === kind);
    if (index >= 0) return Promise.resolve(this.unread.splice(index, 1)[0] as FrameOf<K>);
    if (this.closeEvent) {
      const { code, reason } = this.closeEvent;
      return Promise.reject(new Error(`socket closed with ${code} "${reason}" before a ${kind} frame arrived`));
    }
    return new Promise<Frame>((resolve, reject) => this.waiters.push({ kind, resolve, reject })) as Promise<FrameOf<K>>;
  }

  /**
   * The oldest unread frame of `kind`, which must already have arrived: for frames the server sends
   * synchronously in reaction to what the test just did. Throws at once instead of waiting.
   */
  takeFrame<K extends FrameKind>(kind: K): FrameOf<K> {
    const index = this.unread.findIndex((f) => f.kind === kind);
    if (index < 0) throw new Error(`no unread ${kind} frame; frames sent so far: ${this.kinds.join(', ') || 'none'}`);
    return this.unread.splice(index, 1)[0] as FrameOf<K>;
  }

  /** Every frame of `kind` sent so far, read or not. */
  framesOf<K extends FrameKind>(kind: K): FrameOf<K>[] {
    return this.sent.map((s) => s.frame).filter((f): f is FrameOf<K> => f.kind === kind);
  }

  /** The kinds of all frames sent so far, in order. */
  get kinds(): FrameKind[] {
    return this.sent.map((s) => s.frame.kind);
  }
}

import {
  CloseCode,
  type CloseCodeValue,
  closeReasons,
  encodeAwareness,
  encodeCommentsChanged,
  encodePermissionDenied,
  encodeSaved,
  encodeSyncStep1,
  encodeUpdate,
  MessageType,
} from '@van-kien/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncHarness } from './testing/syncHarness.js';
import { type TestPeer, textUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const MAX_MESSAGE_BYTES = 1024;
const SEED = 'Quyết định';

/** A sync step 1 frame of exactly `size` bytes: an empty state vector padded with zeros Yjs ignores. */
function step1FrameOfSize(size: number): Uint8Array {
  const header = encodeSyncStep1(new Uint8Array(0)).length + 1; // type, sub-type, 2-byte length
  const frame = encodeSyncStep1(new Uint8Array(size - header));
  expect(frame.length).toBe(size);
  return frame;
}

const offendersUpdate = textUpdate(66, 'XYZ');
const bytes = (...values: number[]) => new Uint8Array(values);

describe('frames that break the protocol', () => {
  let h: SyncHarness;

  beforeEach(async () => {
    h = new SyncHarness({ maxMessageBytes: MAX_MESSAGE_BYTES });
    await h.storage.seed('doc', textUpdate(1, SEED));
  });

  afterEach(() => h.close());

  /** Asserts the server holds exactly the seed: the offender's frame changed nothing. */
  async function expectDocumentUntouched(): Promise<void> {
    await settle();
    expect(h.storage.appendAttempts).toEqual([]);
    const newcomer = h.connect('doc', 99);
    await newcomer.syncFromServer();
    expect(newcomer.text).toBe(SEED);
  }

  /** Connects an offender and a bystander, sends `frame` from the offender, returns both once it is closed. */
  async function sendFromOffender(frame: Uint8Array | string): Promise<{ offender: TestPeer; bystander: TestPeer }> {
    const offender = h.connect('doc', 11);
    const bystander = h.connect('doc', 12);
    await offender.joined();
    await bystander.joined();
    offender.send(frame);
    await offender.socket.closed;
    return { offender, bystander };
  }

  const cases: { name: string; frame: Uint8Array | string; code: CloseCodeValue }[] = [
    { name: '[P-FRAME-2] an empty frame', frame: bytes(), code: CloseCode.MalformedMessage },
    { name: '[P-FRAME-2] a truncated frame', frame: encodeUpdate(offendersUpdate).subarray(0, -1), code: CloseCode.MalformedMessage },
    { name: '[P-FRAME-2] a payload length that overruns the frame', frame: bytes(0, 2, 50, 1, 2), code: CloseCode.MalformedMessage },
    {
      name: '[P-FRAME-2] bytes after the message',
      frame: new Uint8Array([...encodeUpdate(offendersUpdate), 0]),
      code: CloseCode.MalformedMessage,
    },
    { name: '[P-FRAME-3] an unknown message type', frame: bytes(42, 0), code: CloseCode.UnknownMessageType },
    { name: '[P-FRAME-3] an unknown sync sub-type', frame: bytes(0, 7, 0), code: CloseCode.UnknownMessageType },
    { name: '[P-FRAME-4] the server-only Auth type', frame: encodePermissionDenied('x'), code: CloseCode.UnknownMessageType },
    { name: '[P-EXT-3] a Saved frame, which only the server sends', frame: encodeSaved(1), code: CloseCode.UnknownMessageType },
    {
      name: '[P-FRAME-4] a CommentsChanged frame, which only the server sends',
      frame: encodeCommentsChanged(),
      code: CloseCode.UnknownMessageType,
    },
    { name: '[P-EXT-2] a Hello without a version', frame: bytes(MessageType.Hello), code: CloseCode.MalformedMessage },
    {
      name: '[P-EXT-2] a Hello in the withdrawn format, listing client ids after the version',
      frame: bytes(MessageType.Hello, 1, 1, 11),
      code: CloseCode.MalformedMessage,
    },
    { name: '[P-FRAME-6] a text frame', frame: 'AAECAw==', code: CloseCode.MalformedMessage },
    { name: 'a sync step 1 whose state vector does not decode', frame: encodeSyncStep1(bytes(0xff)), code: CloseCode.MalformedMessage },
    { name: 'an awareness update that does not decode', frame: encodeAwareness(bytes(1, 2)), code: CloseCode.MalformedMessage },
  ];

  it.each(cases)('closes the connection that sends $name with $code, and only that one', async ({ frame, code }) => {
    const { offender, bystander } = await sendFromOffender(frame);
    expect(offender.socket.closeCalls).toEqual([{ code, reason: closeReasons[code] }]);
    expect(offender.socket.sentAfterClose).toEqual([]);

    await bystander.syncFromServer();
    expect(bystander.text).toBe(SEED);
    expect(bystander.socket.closeEvent).toBeUndefined();
    await expectDocumentUntouched();
  });

  it('[P-FRAME-2] refuses a frame whose length prefix reaches into the rest of the buffer it is a view of, without applying those bytes', async () => {
    // The whole update is in the buffer, but the frame the socket delivered ends 3 bytes earlier.
    const buffer = encodeUpdate(offendersUpdate);
    const { offender } = await sendFromOffender(buffer.subarray(0, buffer.length - 3));
    expect(offender.socket.closeEvent?.code).toBe(CloseCode.MalformedMessage);
    await expectDocumentUntouched();
  });

  it('[P-FRAME-5] closes with 4413 a frame larger than maxMessageBytes without applying it', async () => {
    const bigUpdate = textUpdate(66, 'x'.repeat(MAX_MESSAGE_BYTES));
    const { offender, bystander } = await sendFromOffender(encodeUpdate(bigUpdate));
    expect(offender.socket.closeEvent).toEqual({
      code: CloseCode.MessageTooLarge,
      reason: closeReasons[CloseCode.MessageTooLarge],
    });
    expect(bystander.socket.framesOf('update')).toEqual([]);
    await expectDocumentUntouched();
  });

  it('[P-FRAME-5] accepts a frame of exactly maxMessageBytes and refuses one byte more', async () => {
    const peer = h.connect('doc', 11);
    peer.send(step1FrameOfSize(MAX_MESSAGE_BYTES));
    await peer.socket.nextFrame('syncStep2');
    peer.send(step1FrameOfSize(MAX_MESSAGE_BYTES + 1));
    expect((await peer.socket.closed).code).toBe(CloseCode.MessageTooLarge);
  });

  it('[S-AUTH-1][P-FRAME-5] closes with 4413 a connection that sends more than 64 KiB while its document is still loading', async () => {
    const load = h.storage.holdNextLoad();
    const peer = h.connect('doc', 11);
    await load.arrived;
    // Each frame within the frame limit, 64 KiB in all: still accepted.
    for (let i = 0; i < 64; i++) peer.send(step1FrameOfSize(MAX_MESSAGE_BYTES));
    expect(peer.socket.closeEvent).toBeUndefined();

    peer.send(bytes(3));
    expect(peer.socket.closeEvent?.code).toBe(CloseCode.MessageTooLarge);
    load.open();
    await settle();
    expect(peer.socket.sent).toEqual([]);
    expect(peer.socket.sentAfterClose).toEqual([]);
  });

  it('ignores whatever a closed connection still sends', async () => {
    const { offender, bystander } = await sendFromOffender(bytes(42));
    offender.send(encodeUpdate(offendersUpdate));
    offender.send(bytes(42));
    expect(offender.socket.closeCalls).toHaveLength(1);
    expect(bystander.socket.framesOf('update')).toEqual([]);
    await expectDocumentUntouched();
  });
});

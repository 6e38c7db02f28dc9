import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CloseCode, type CloseCodeValue } from './closeCodes.js';
import {
  decodeFrame,
  encodeAwareness,
  encodeCommentsChanged,
  encodeHello,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  encodeVersionsChanged,
  type Frame,
  readSavedPayload,
} from './frames.js';
import { MessageType } from './messageType.js';
import { ProtocolError } from './ProtocolError.js';

/** A document with a known client id and some content, so payloads are real Yjs bytes. */
function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 4242;
  doc.getText('content').insert(0, 'Điều 1. Phạm vi điều chỉnh');
  doc.getText('content').delete(0, 6);
  return doc;
}

function sampleAwarenessUpdate(): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(sampleDoc());
  try {
    awareness.setLocalState({ user: { name: 'Lan', color: '#c0392b' } });
    return awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
  } finally {
    awareness.destroy();
  }
}

function frameOf(...values: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of values) encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The error `decodeFrame` throws for `frame`, or a failure if it does not throw. */
function refusal(frame: Uint8Array): ProtocolError {
  try {
    decodeFrame(frame);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return error as ProtocolError;
  }
  throw new Error(`decodeFrame accepted [${[...frame].join(', ')}]`);
}

function expectRefused(frame: Uint8Array, closeCode: CloseCodeValue): void {
  expect(refusal(frame).closeCode).toBe(closeCode);
}

const doc = sampleDoc();
const stateVector = Y.encodeStateVector(doc);
const update = Y.encodeStateAsUpdate(doc);
const awarenessUpdate = sampleAwarenessUpdate();

/** One valid frame of every kind, with what it must decode to. */
const validFrames: { name: string; frame: Uint8Array; decoded: Frame }[] = [
  { name: 'sync step 1', frame: encodeSyncStep1(stateVector), decoded: { kind: 'syncStep1', stateVector } },
  { name: 'sync step 2', frame: encodeSyncStep2(update), decoded: { kind: 'syncStep2', update } },
  { name: 'update', frame: encodeUpdate(update), decoded: { kind: 'update', update } },
  { name: 'awareness', frame: encodeAwareness(awarenessUpdate), decoded: { kind: 'awareness', update: awarenessUpdate } },
  { name: 'query awareness', frame: encodeQueryAwareness(), decoded: { kind: 'queryAwareness' } },
  { name: 'hello', frame: encodeHello(1), decoded: { kind: 'hello', version: 1 } },
  { name: 'saved', frame: encodeSaved(21), decoded: { kind: 'saved', storedUpdates: 21 } },
  { name: 'multi-byte saved', frame: encodeSaved(300), decoded: { kind: 'saved', storedUpdates: 300 } },
  { name: 'comments changed', frame: encodeCommentsChanged(), decoded: { kind: 'commentsChanged' } },
  { name: 'versions changed', frame: encodeVersionsChanged(), decoded: { kind: 'versionsChanged' } },
];

/** Counts around the varUint byte boundaries, up to the largest integer a JS number holds exactly. */
const savedCounts = [0, 1, 127, 128, 16_383, 16_384, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER];

describe('encoders and decodeFrame', () => {
  it.each(validFrames)('[P-FRAME-1] a $name frame round-trips through decodeFrame', ({ frame, decoded }) => {
    expect(decodeFrame(frame)).toEqual(decoded);
  });

  it('[P-FRAME-1] frames with empty payloads round-trip', () => {
    const empty = new Uint8Array(0);
    expect(decodeFrame(encodeSyncStep1(empty))).toEqual({ kind: 'syncStep1', stateVector: empty });
    expect(decodeFrame(encodeUpdate(empty))).toEqual({ kind: 'update', update: empty });
  });

  it('[P-FRAME-1] sync frames are byte for byte what y-protocols writes in the y-websocket framing', () => {
    const withSyncType = (write: (encoder: encoding.Encoder) => void) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.Sync);
      write(encoder);
      return encoding.toUint8Array(encoder);
    };
    expect(encodeSyncStep1(stateVector)).toEqual(withSyncType((e) => syncProtocol.writeSyncStep1(e, doc)));
    expect(encodeSyncStep2(update)).toEqual(withSyncType((e) => syncProtocol.writeSyncStep2(e, doc)));
    expect(encodeUpdate(update)).toEqual(withSyncType((e) => syncProtocol.writeUpdate(e, update)));
  });

  it('[P-FRAME-1] decodes a frame that is a subarray of a larger buffer without reading the bytes around it', () => {
    const frame = encodeUpdate(update);
    const buffer = concat(new Uint8Array([9, 9, 9]), frame, encodeUpdate(new Uint8Array([1, 2, 3])));
    const decoded = decodeFrame(buffer.subarray(3, 3 + frame.length));
    expect(decoded).toEqual({ kind: 'update', update });
  });

  it('[P-EXT-2] a Hello is the Hello type followed by the protocol version as a varUint, nothing else', () => {
    expect([...encodeHello(1)]).toEqual([MessageType.Hello, 1]);
    expect(encodeHello(1)).toEqual(frameOf(MessageType.Hello, 1));
    expect(encodeHello(300)).toEqual(frameOf(MessageType.Hello, 300));
  });

  it('[P-EXT-2] decodes the version of a Hello whatever it is, leaving the check of it to the server', () => {
    expect(decodeFrame(encodeHello(0))).toEqual({ kind: 'hello', version: 0 });
    expect(decodeFrame(encodeHello(2 ** 32))).toEqual({ kind: 'hello', version: 2 ** 32 });
  });

  it('[P-EXT-3] a Saved is the Saved type followed by the count of stored update frames as a varUint, nothing else', () => {
    expect([...encodeSaved(0)]).toEqual([MessageType.Saved, 0]);
    expect([...encodeSaved(300)]).toEqual([MessageType.Saved, 0xac, 0x02]);
    expect(encodeSaved(2 ** 32)).toEqual(frameOf(MessageType.Saved, 2 ** 32));
  });

  it('[P-EXT-5] a VersionsChanged is the VersionsChanged type alone, and refuses a payload', () => {
    expect([...encodeVersionsChanged()]).toEqual([MessageType.VersionsChanged]);
    expectRefused(frameOf(MessageType.VersionsChanged, 0), CloseCode.MalformedMessage);
  });

  it('[P-EXT-4] a CommentsChanged is the CommentsChanged type alone, and refuses a payload', () => {
    expect([...encodeCommentsChanged()]).toEqual([MessageType.CommentsChanged]);
    expectRefused(frameOf(MessageType.CommentsChanged, 0), CloseCode.MalformedMessage);
  });

  it.each(savedCounts)('[P-EXT-3] a Saved of %i update frames round-trips through decodeFrame', (count) => {
    expect(decodeFrame(encodeSaved(count))).toEqual({ kind: 'saved', storedUpdates: count });
  });
});

describe('readSavedPayload', () => {
  it.each(savedCounts)(
    '[P-EXT-3] reads the count %i of a Saved frame whose type was already read, as a y-websocket message handler does',
    (count) => {
      const decoder = decoding.createDecoder(encodeSaved(count));
      expect(decoding.readVarUint(decoder)).toBe(MessageType.Saved);
      expect(readSavedPayload(decoder)).toBe(count);
      expect(decoding.hasContent(decoder)).toBe(false);
    },
  );

  it('[P-EXT-3] reads only the count, leaving whatever follows it for the caller', () => {
    const decoder = decoding.createDecoder(concat(encodeSaved(128), frameOf(7)));
    decoding.readVarUint(decoder);
    expect(readSavedPayload(decoder)).toBe(128);
    expect(decoding.readVarUint(decoder)).toBe(7);
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it('[P-EXT-3] throws on a Saved payload that is missing or ends inside its count', () => {
    const missing = decoding.createDecoder(frameOf(MessageType.Saved));
    decoding.readVarUint(missing);
    expect(() => readSavedPayload(missing)).toThrow();

    const frame = encodeSaved(300);
    const cut = decoding.createDecoder(frame.subarray(0, frame.length - 1));
    decoding.readVarUint(cut);
    expect(() => readSavedPayload(cut)).toThrow();
  });
});

describe('decodeFrame refuses frames that break the protocol', () => {
  it('[P-FRAME-2] refuses an empty frame as malformed', () => {
    expectRefused(new Uint8Array(0), CloseCode.MalformedMessage);
  });

  it.each(validFrames)('[P-FRAME-2] refuses every truncation of a $name frame as malformed', ({ frame }) => {
    for (let length = 0; length < frame.length; length++) {
      expectRefused(frame.subarray(0, length), CloseCode.MalformedMessage);
    }
  });

  it('[P-FRAME-2] refuses a payload length that overruns the frame', () => {
    const error = refusal(frameOf(MessageType.Sync, 2, 5, 1, 2));
    expect(error.closeCode).toBe(CloseCode.MalformedMessage);
    expect(error.message).toMatch(/overruns/);
    expectRefused(frameOf(MessageType.Awareness, 3, 1), CloseCode.MalformedMessage);
  });

  it('[P-FRAME-2] refuses a payload length that overruns a frame viewed inside a larger buffer holding more bytes after it', () => {
    // Sync update claiming 5 payload bytes; the frame holds 2, the buffer behind it holds 5 more.
    const buffer = new Uint8Array([0xee, 0xee, MessageType.Sync, 2, 5, 1, 2, 3, 4, 5, 6, 7]);
    const frame = buffer.subarray(2, 7);
    expect(frame.byteOffset).toBe(2);
    const error = refusal(frame);
    expect(error.closeCode).toBe(CloseCode.MalformedMessage);
    // Refused for the overrun itself, before any of the 5 bytes outside the frame were read as payload.
    expect(error.message).toMatch(/overruns/);
  });

  it('[P-FRAME-2] refuses an awareness or sync step 1 length overrunning into the rest of a larger buffer', () => {
    const awareness = new Uint8Array([MessageType.Awareness, 4, 1, 2, 3, 4]);
    expectRefused(awareness.subarray(0, 4), CloseCode.MalformedMessage);
    const step1 = concat(encodeSyncStep1(stateVector), new Uint8Array(64));
    expectRefused(step1.subarray(0, 4), CloseCode.MalformedMessage);
  });

  it.each(validFrames)('[P-FRAME-2] refuses a $name frame followed by trailing bytes', ({ frame }) => {
    expectRefused(concat(frame, new Uint8Array([0])), CloseCode.MalformedMessage);
  });

  it('[P-FRAME-2] refuses two messages sent in one frame', () => {
    const error = refusal(concat(encodeUpdate(update), encodeQueryAwareness()));
    expect(error.closeCode).toBe(CloseCode.MalformedMessage);
    expect(error.message).toMatch(/trailing/);
  });

  it.each([4, 42, 99, 104, 127, 128, 1000, 2 ** 31])('[P-FRAME-3] refuses unknown message type %i', (type) => {
    expectRefused(frameOf(type, 0), CloseCode.UnknownMessageType);
  });

  it.each([3, 4, 127, 200])('[P-FRAME-3] refuses unknown sync sub-type %i', (step) => {
    expectRefused(frameOf(MessageType.Sync, step, 0), CloseCode.UnknownMessageType);
  });

  it('[P-FRAME-4] decodes y-protocols’ permission-denied (the server refuses it from clients), and refuses other auth sub-types', () => {
    expect(decodeFrame(encodePermissionDenied('chỉ được góp ý'))).toEqual({ kind: 'permissionDenied', reason: 'chỉ được góp ý' });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Auth);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, 'x');
    expectRefused(encoding.toUint8Array(encoder), CloseCode.UnknownMessageType);
    expectRefused(frameOf(MessageType.Auth), CloseCode.MalformedMessage);
  });

  it('[P-EXT-2] refuses a Hello without a version as malformed', () => {
    expectRefused(frameOf(MessageType.Hello), CloseCode.MalformedMessage);
  });

  it.each([
    ['no client ids', [1, 0]],
    ['one client id', [1, 1, 4242]],
    ['three client ids', [1, 3, 4242, 0, 2 ** 32 - 1]],
  ])('[P-EXT-2] refuses a Hello in the withdrawn format (version, count, client ids) with %s as malformed', (_, payload) => {
    const error = refusal(frameOf(MessageType.Hello, ...payload));
    expect(error.closeCode).toBe(CloseCode.MalformedMessage);
    expect(error.message).toMatch(/trailing/);
  });

  it('[P-EXT-3] refuses a Saved in the withdrawn format (count, client id and clock pairs) as malformed', () => {
    const error = refusal(frameOf(MessageType.Saved, 1, 4242, 21));
    expect(error.closeCode).toBe(CloseCode.MalformedMessage);
    expect(error.message).toMatch(/trailing/);
  });
});

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CloseCode } from './closeCodes.js';
import { MessageType, SyncStep } from './messageType.js';
import { ProtocolError } from './ProtocolError.js';

/** A frame decoded into its meaning; payloads are still Yjs-encoded bytes. */
export type Frame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'hello'; version: number }
  | { kind: 'saved'; storedUpdates: number }
  | { kind: 'commentsChanged' }
  | { kind: 'versionsChanged' }
  | { kind: 'permissionDenied'; reason: string };

/** Sub-type of an `Auth` frame, as in y-protocols/auth. */
const AUTH_PERMISSION_DENIED = 0;

/**
 * Decodes one WebSocket frame, in either direction. Throws `ProtocolError` for truncated frames,
 * trailing bytes [P-FRAME-2] and unknown types [P-FRAME-3]. Which kinds a side accepts is the
 * receiver's business: a server refuses `saved`, `commentsChanged` and `permissionDenied` from clients [P-FRAME-4].
 */
export function decodeFrame(frame: Uint8Array): Frame {
  const decoder = decoding.createDecoder(frame);
  let result: Frame;
  try {
    result = readFrame(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw ProtocolError.malformed(`truncated or malformed frame: ${(error as Error).message}`);
  }
  if (decoding.hasContent(decoder)) {
    throw ProtocolError.malformed('trailing bytes after message');
  }
  return result;
}

function readFrame(decoder: decoding.Decoder): Frame {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync:
      return readSync(decoder);
    case MessageType.Awareness:
      return { kind: 'awareness', update: readBytes(decoder) };
    case MessageType.QueryAwareness:
      return { kind: 'queryAwareness' };
    case MessageType.Auth:
      return readAuth(decoder);
    case MessageType.Hello:
      return { kind: 'hello', version: decoding.readVarUint(decoder) };
    case MessageType.Saved:
      return { kind: 'saved', storedUpdates: readSavedPayload(decoder) };
    case MessageType.CommentsChanged:
      return { kind: 'commentsChanged' };
    case MessageType.VersionsChanged:
      return { kind: 'versionsChanged' };
    default:
      throw new ProtocolError(CloseCode.UnknownMessageType, `unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): Frame {
  const step = decoding.readVarUint(decoder);
  switch (step) {
    case SyncStep.Step1:
      return { kind: 'syncStep1', stateVector: readBytes(decoder) };
    case SyncStep.Step2:
      return { kind: 'syncStep2', update: readBytes(decoder) };
    case SyncStep.Update:
      return { kind: 'update', update: readBytes(decoder) };
    default:
      throw new ProtocolError(CloseCode.UnknownMessageType, `unknown sync step ${step}`);
  }
}

function readAuth(decoder: decoding.Decoder): Frame {
  const subType = decoding.readVarUint(decoder);
  if (subType !== AUTH_PERMISSION_DENIED) throw new ProtocolError(CloseCode.UnknownMessageType, `unknown auth sub-type ${subType}`);
  return { kind: 'permissionDenied', reason: decoding.readVarString(decoder) };
}

/**
 * Reads the payload of a `Saved` frame whose type has already been read, as a y-websocket
 * `messageHandlers` entry receives it: the number of update frames stored.
 */
export function readSavedPayload(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}

/**
 * lib0's readVarUint8Array trusts the length prefix and can view past the frame's end when the frame
 * is a slice of a larger buffer (as Node's pooled Buffers are); this one refuses a length that overruns.
 */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) {
    throw ProtocolError.malformed(`payload length ${length} overruns the frame`);
  }
  return decoding.readUint8Array(decoder, length);
}

function frameWith(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, SyncStep.Step1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, SyncStep.Step2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    encoding.writeVarUint(e, SyncStep.Update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeQueryAwareness(): Uint8Array {
  return frameWith((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));
}

/**
 * y-protocols' "permission denied" (type 2, sub-type 0): tells a read-only connection, stock clients
 * included, why its edits were not applied [S-AUTH-3].
 */
export function encodePermissionDenied(reason: string): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Auth);
    encoding.writeVarUint(e, AUTH_PERMISSION_DENIED);
    encoding.writeVarString(e, reason);
  });
}

/** Sent by a Văn Kiện client on every (re)connect: it wants `Saved` frames [P-EXT-2]. */
export function encodeHello(version: number): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Hello);
    encoding.writeVarUint(e, version);
  });
}

/**
 * Every change of the first `storedUpdates` update frames (sync step 2 or update) that this
 * connection sent is durably committed [P-EXT-3].
 */
export function encodeSaved(storedUpdates: number): Uint8Array {
  return frameWith((e) => {
    encoding.writeVarUint(e, MessageType.Saved);
    encoding.writeVarUint(e, storedUpdates);
  });
}

/** The comments or consultation rounds of the document changed: fetch them again [P-EXT-4]. */
export function encodeCommentsChanged(): Uint8Array {
  return frameWith((e) => encoding.writeVarUint(e, MessageType.CommentsChanged));
}

/** The versions of the document or its adoption changed: fetch them again [P-EXT-5]. */
export function encodeVersionsChanged(): Uint8Array {
  return frameWith((e) => encoding.writeVarUint(e, MessageType.VersionsChanged));
}

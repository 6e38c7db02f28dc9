import { encodeHello, PROTOCOL_VERSION } from '@van-kien/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * How one document's y-websocket messages (varUint type, then payload) travel on one server's
 * socket. Plain y-websocket servers (ours, the reference one) send them as they are; Hocuspocus
 * puts the document name in front of every message and wants an `Auth` message first.
 */
export interface DocumentWire {
  /** Messages a client sends right after the socket opens, before its sync step 1. */
  greeting(options: { wantSavedAck: boolean }): Uint8Array[];
  wrap(message: Uint8Array): Uint8Array;
  /** A decoder positioned at the message type of an incoming frame. */
  unwrap(frame: Uint8Array): decoding.Decoder;
}

/** Ours and the reference y-websocket server: one document per socket, no prefix. */
export function plainWire(speaksHello: boolean): DocumentWire {
  return {
    // Only our server knows `Hello`; it asks for durable `Saved` acknowledgements [P-EXT-2].
    greeting: ({ wantSavedAck }) => (speaksHello && wantSavedAck ? [encodeHello(PROTOCOL_VERSION)] : []),
    wrap: (message) => message,
    unwrap: (frame) => decoding.createDecoder(frame),
  };
}

const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_AUTH_TOKEN = 0;

/** Hocuspocus: every message starts with the document name; an `Auth` token message opens each document. */
export function hocuspocusWire(documentName: string): DocumentWire {
  const prefixEncoder = encoding.createEncoder();
  encoding.writeVarString(prefixEncoder, documentName);
  const prefix = encoding.toUint8Array(prefixEncoder);
  const wrap = (message: Uint8Array) => {
    const framed = new Uint8Array(prefix.length + message.length);
    framed.set(prefix);
    framed.set(message, prefix.length);
    return framed;
  };
  return {
    greeting: () => {
      // The server runs no onAuthenticate hook, so any token (here an empty one) is accepted.
      const auth = encoding.createEncoder();
      encoding.writeVarUint(auth, HOCUSPOCUS_AUTH);
      encoding.writeVarUint(auth, HOCUSPOCUS_AUTH_TOKEN);
      encoding.writeVarString(auth, '');
      return [wrap(encoding.toUint8Array(auth))];
    },
    wrap,
    unwrap: (frame) => {
      const decoder = decoding.createDecoder(frame);
      decoding.readVarString(decoder);
      return decoder;
    },
  };
}

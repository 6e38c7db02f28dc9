import * as decoding from 'lib0/decoding';

/** What a benchmark client cares about in a server's message; everything else is `other`. */
export type Incoming =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  /** Ours: the first `count` update frames of this connection are durable [P-EXT-3]. */
  | { kind: 'saved'; count: number }
  /** Hocuspocus: one update frame was applied in memory (not stored). */
  | { kind: 'syncStatus'; applied: boolean }
  | { kind: 'authenticated' }
  | { kind: 'permissionDenied'; reason: string }
  | { kind: 'other'; type: number };

const SYNC = 0;
const AUTH = 2;
/** Hocuspocus's answer to a client's sync step 1; same payload as `SYNC`. */
const SYNC_REPLY = 4;
const SYNC_STATUS = 8;
const SAVED = 101;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;

/** Reads one message from a decoder positioned at its type (see `DocumentWire.unwrap`). */
export function readIncoming(decoder: decoding.Decoder): Incoming {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case SYNC:
    case SYNC_REPLY: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) return { kind: 'syncStep1', stateVector: payload };
      return step === 1 ? { kind: 'syncStep2', update: payload } : { kind: 'update', update: payload };
    }
    case SAVED:
      return { kind: 'saved', count: decoding.readVarUint(decoder) };
    case SYNC_STATUS:
      return { kind: 'syncStatus', applied: decoding.readVarUint(decoder) === 1 };
    case AUTH: {
      const authType = decoding.readVarUint(decoder);
      if (authType === AUTH_AUTHENTICATED) return { kind: 'authenticated' };
      if (authType === AUTH_PERMISSION_DENIED) return { kind: 'permissionDenied', reason: decoding.readVarString(decoder) };
      return { kind: 'other', type };
    }
    default:
      return { kind: 'other', type };
  }
}

import { MessageType, SyncStep } from '@van-kien/protocol';
import * as decoding from 'lib0/decoding';

/** An outgoing frame that carries document changes; the server counts these in `Saved` [P-EXT-3]. */
export type UpdateFrameKind = 'sync-step2' | 'sync-update';

/** Which update frame an outgoing WebSocket frame is, or undefined for any other frame. */
export function updateFrameKind(data: unknown): UpdateFrameKind | undefined {
  const bytes = asBytes(data);
  if (!bytes || bytes.byteLength === 0) return undefined;
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return undefined;
    const step = decoding.readVarUint(decoder);
    if (step === SyncStep.Step2) return 'sync-step2';
    if (step === SyncStep.Update) return 'sync-update';
    return undefined;
  } catch {
    return undefined;
  }
}

function asBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

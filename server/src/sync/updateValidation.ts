import { CloseCode } from '@van-kien/protocol';
import * as Y from 'yjs';
import { SyncError } from './SyncError.js';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Decodes the whole update (structs and delete set) before it touches the document [S-SYNC-2]:
 * Yjs integrates structs before it reads the delete set, so a truncated update applied directly
 * could leave half of itself in the document. The result serves checks of what the update does.
 */
export function decodeUpdateOrRefuse(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update);
  } catch (error) {
    throw new SyncError(CloseCode.InvalidUpdate, `update does not decode: ${(error as Error).message}`);
  }
}

import { CloseCode } from '@van-kien/protocol';
import * as Y from 'yjs';
import { SyncError } from './SyncError.js';

/**
 * Decodes the whole update (structs and delete set) before it touches the document [S-SYNC-2]:
 * Yjs integrates structs before it reads the delete set, so a truncated update applied directly
 * could leave half of itself in the document.
 */
export function assertDecodableUpdate(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch (error) {
    throw new SyncError(CloseCode.InvalidUpdate, `update does not decode: ${(error as Error).message}`);
  }
}

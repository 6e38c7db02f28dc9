import { encodeAwareness, encodeHello, encodeSyncStep1, encodeSyncStep2, encodeUpdate, PROTOCOL_VERSION } from '@van-kien/protocol';
import { describe, expect, it } from 'vitest';
import { updateFrameKind } from './updateFrameKind.js';

describe('updateFrameKind', () => {
  it('recognises the frames the server counts in Saved: sync step 2 and update', () => {
    expect(updateFrameKind(encodeSyncStep2(new Uint8Array([0, 0])))).toBe('sync-step2');
    expect(updateFrameKind(encodeUpdate(new Uint8Array([0, 0])).buffer)).toBe('sync-update');
  });

  it('ignores every other frame, and anything that is not binary', () => {
    expect(updateFrameKind(encodeHello(PROTOCOL_VERSION))).toBeUndefined();
    expect(updateFrameKind(encodeSyncStep1(new Uint8Array([0])))).toBeUndefined();
    expect(updateFrameKind(encodeAwareness(new Uint8Array([0])))).toBeUndefined();
    expect(updateFrameKind('text')).toBeUndefined();
    expect(updateFrameKind(new Uint8Array())).toBeUndefined();
  });
});

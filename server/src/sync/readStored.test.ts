import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncHarness } from './testing/syncHarness.js';
import { textOf, textUpdate } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

const SEED = 'Nghị quyết';

describe('SyncServer.readStored (what versions are taken from)', () => {
  let h: SyncHarness;
  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc', textUpdate(1, SEED));
  });
  afterEach(async () => {
    await h.close();
  });

  it('reads what was applied when it was called, once that is committed, and no change applied meanwhile that is not', async () => {
    const peer = h.connect('doc', 11);
    await peer.joined();
    const first = h.storage.holdNextAppend();
    peer.type('A');
    await first.arrived;
    const second = h.storage.holdNextAppend();

    const read = h.server.readStored('doc', (doc) => textOf(doc));
    // Lets readStored reach its wait for the first write (no timer: only callbacks already due run).
    await settle();
    // Applied while the first write is under way; its own write is then held, so it is not durable.
    peer.type('B');
    first.open();
    await second.arrived;
    expect(await read).toBe(`${SEED}A`);
    second.open();
  });

  it('reads a document nobody has open, loading it', async () => {
    expect(await h.server.readStored('doc', (doc) => textOf(doc))).toBe(SEED);
  });
});

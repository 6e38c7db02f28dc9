import { CloseCode, encodeAwareness, encodeQueryAwareness } from '@van-kien/protocol';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import { SyncHarness } from './testing/syncHarness.js';
import type { TestPeer } from './testing/TestPeer.js';
import { settle } from './testing/waiting.js';

/** Client id → state (null for a removal), as an awareness update carries them. */
function statesIn(update: Uint8Array): Map<number, unknown> {
  const decoder = decoding.createDecoder(update);
  const states = new Map<number, unknown>();
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // clock
    states.set(clientId, JSON.parse(decoding.readVarString(decoder)));
  }
  return states;
}

describe('awareness', () => {
  let h: SyncHarness;
  const awarenesses: awarenessProtocol.Awareness[] = [];

  beforeEach(async () => {
    h = new SyncHarness();
    await h.storage.seed('doc');
    await h.storage.seed('other');
  });

  afterEach(async () => {
    for (const awareness of awarenesses.splice(0)) awareness.destroy();
    await h.close();
  });

  /** The client-side awareness of `peer`, as y-websocket keeps one per provider. */
  function awarenessOf(peer: TestPeer): awarenessProtocol.Awareness {
    const awareness = new awarenessProtocol.Awareness(peer.doc);
    awarenesses.push(awareness);
    return awareness;
  }

  /** Sets the local state of `awareness` and sends it from `peer`, as y-websocket does on every change. */
  function announce(peer: TestPeer, awareness: awarenessProtocol.Awareness, state: Record<string, unknown>): void {
    awareness.setLocalState(state);
    peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])));
  }

  async function nextAwareness(peer: TestPeer): Promise<Map<number, unknown>> {
    return statesIn((await peer.socket.nextFrame('awareness')).update);
  }

  it('[S-AWARE-1] relays an awareness update to every connection of the document, the sender included, and to no other document', async () => {
    const lan = h.connect('doc', 11);
    const minh = h.connect('doc', 12);
    const elsewhere = h.connect('other', 13);
    for (const peer of [lan, minh, elsewhere]) await peer.joined();

    announce(lan, awarenessOf(lan), { user: { name: 'Lan' }, cursor: 4 });

    expect(await nextAwareness(minh)).toEqual(new Map([[11, { user: { name: 'Lan' }, cursor: 4 }]]));
    expect(await nextAwareness(lan)).toEqual(new Map([[11, { user: { name: 'Lan' }, cursor: 4 }]]));
    await settle();
    expect(elsewhere.socket.framesOf('awareness')).toEqual([]);
  });

  it('[S-AWARE-1] removes the awareness of a connection that closes and relays the removal to the others', async () => {
    const lan = h.connect('doc', 11);
    const minh = h.connect('doc', 12);
    await minh.joined();
    announce(lan, awarenessOf(lan), { user: { name: 'Lan' } });
    const minhsView = awarenessOf(minh);
    awarenessProtocol.applyAwarenessUpdate(minhsView, (await minh.socket.nextFrame('awareness')).update, 'server');
    expect(minhsView.getStates().get(11)).toEqual({ user: { name: 'Lan' } });

    lan.leave();

    const removal = minh.socket.takeFrame('awareness');
    expect(statesIn(removal.update)).toEqual(new Map([[11, null]]));
    awarenessProtocol.applyAwarenessUpdate(minhsView, removal.update, 'server');
    expect(minhsView.getStates().has(11)).toBe(false);
  });

  it('[S-AWARE-1] also removes the awareness of a connection the server closes for a bad frame', async () => {
    const lan = h.connect('doc', 11);
    const minh = h.connect('doc', 12);
    await minh.joined();
    announce(lan, awarenessOf(lan), { user: { name: 'Lan' } });
    await minh.socket.nextFrame('awareness');

    lan.send(new Uint8Array([42]));
    expect(lan.socket.closeEvent?.code).toBe(CloseCode.UnknownMessageType);

    expect(statesIn(minh.socket.takeFrame('awareness').update)).toEqual(new Map([[11, null]]));
  });

  it('[S-AWARE-2] greets a newcomer with the awareness of every client and answers its QueryAwareness the same way', async () => {
    const lan = h.connect('doc', 11);
    const minh = h.connect('doc', 12);
    announce(lan, awarenessOf(lan), { user: { name: 'Lan' } });
    announce(minh, awarenessOf(minh), { user: { name: 'Minh' } });
    await minh.socket.nextFrame('awareness');
    await minh.socket.nextFrame('awareness');

    const newcomer = h.connect('doc', 13);
    const everyone = new Map([
      [11, { user: { name: 'Lan' } }],
      [12, { user: { name: 'Minh' } }],
    ]);
    expect(await nextAwareness(newcomer)).toEqual(everyone);

    newcomer.send(encodeQueryAwareness());
    expect(await nextAwareness(newcomer)).toEqual(everyone);
  });

  it('[S-AWARE-1] keeps the awareness of a client that moved to a new connection when its old connection closes', async () => {
    // A reconnecting y-websocket client keeps its client id; the server may notice the old,
    // half-open socket only later (heartbeat), after the client re-announced itself.
    const oldConnection = h.connect('doc', 11);
    const observer = h.connect('doc', 12);
    const lansAwareness = awarenessOf(oldConnection);
    announce(oldConnection, lansAwareness, { user: { name: 'Lan' } });
    announce(observer, awarenessOf(observer), { user: { name: 'Minh' } });
    const newConnection = h.connect('doc', 11);
    await newConnection.joined();
    announce(newConnection, lansAwareness, { user: { name: 'Lan' }, cursor: 1 });
    const beforeLeaving = h.connect('doc', 14);
    expect((await nextAwareness(beforeLeaving)).get(11)).toEqual({ user: { name: 'Lan' }, cursor: 1 });

    oldConnection.leave();

    const probe = h.connect('doc', 13);
    const states = await nextAwareness(probe);
    expect(states.get(11)).toEqual({ user: { name: 'Lan' }, cursor: 1 });
    await settle();
    const removalsOfLan = observer.socket.framesOf('awareness').filter((f) => statesIn(f.update).get(11) === null);
    expect(removalsOfLan).toEqual([]);
  });
  it('[S-AWARE-1] gives control of a client’s awareness to the connection that last updated it: only that one’s close removes it', async () => {
    const first = h.connect('doc', 11);
    const second = h.connect('doc', 11);
    const observer = h.connect('doc', 12);
    await observer.joined();
    const lansAwareness = awarenessOf(first);
    announce(first, lansAwareness, { user: { name: 'Lan' }, cursor: 1 });
    announce(second, lansAwareness, { user: { name: 'Lan' }, cursor: 2 });
    // Back on the first connection: it controls the state again.
    announce(first, lansAwareness, { user: { name: 'Lan' }, cursor: 3 });
    const removalsOfLan = () => observer.socket.framesOf('awareness').filter((f) => statesIn(f.update).get(11) === null);

    second.leave();
    await settle();
    expect(removalsOfLan()).toEqual([]);
    const probe = h.connect('doc', 13);
    expect((await nextAwareness(probe)).get(11)).toEqual({ user: { name: 'Lan' }, cursor: 3 });

    first.leave();
    expect(removalsOfLan()).toHaveLength(1);
    expect(statesIn(probe.socket.takeFrame('awareness').update)).toEqual(new Map([[11, null]]));
    // Nobody announced anything else, so a newcomer is greeted with no awareness at all.
    const newcomer = h.connect('doc', 14);
    await newcomer.joined();
    expect(newcomer.socket.framesOf('awareness')).toEqual([]);
  });
});

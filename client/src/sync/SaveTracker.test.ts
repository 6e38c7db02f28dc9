import { describe, expect, it } from 'vitest';
import { SaveTracker } from './SaveTracker.js';

/** A tracker on an open socket. */
function connected(): SaveTracker {
  const tracker = new SaveTracker();
  tracker.connectionOpened();
  return tracker;
}

/** Types something on an open socket: the provider sends it at once as an update frame. */
function type(tracker: SaveTracker): void {
  tracker.localChange();
  tracker.frameSent('sync-update');
}

describe('SaveTracker', () => {
  it('claims saved when nothing was ever written', () => {
    expect(connected().saved).toBe(true);
    expect(new SaveTracker().saved).toBe(true);
  });

  it('is saving after a local change until the server says the frame carrying it is stored', () => {
    const tracker = connected();
    type(tracker);
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(0);
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(1);
    expect(tracker.saved).toBe(true);
  });

  it('waits for the frame of the latest change, not an earlier one', () => {
    const tracker = connected();
    type(tracker);
    type(tracker);
    type(tracker);
    tracker.savedReceived(2);
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(3);
    expect(tracker.saved).toBe(true);
  });

  it('ignores update frames that carry no local change (sync answers) when counting', () => {
    const tracker = connected();
    tracker.frameSent('sync-step2'); // answer to the server's step 1, nothing of ours
    type(tracker); // frame 2
    tracker.savedReceived(1);
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(2);
    expect(tracker.saved).toBe(true);
  });

  it('a late or stale Saved never moves the count backwards', () => {
    const tracker = connected();
    type(tracker);
    tracker.savedReceived(1);
    tracker.savedReceived(0);
    expect(tracker.saved).toBe(true);
  });

  it('a change made offline is saved only once the next connection’s sync step 2 is stored', () => {
    const tracker = new SaveTracker();
    tracker.localChange();
    expect(tracker.saved).toBe(false);
    tracker.connectionOpened();
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(0); // the answer to Hello
    expect(tracker.saved).toBe(false);
    tracker.frameSent('sync-step2');
    tracker.savedReceived(1);
    expect(tracker.saved).toBe(true);
  });

  it('a change sent but unconfirmed when the socket drops travels again in the next step 2', () => {
    const tracker = connected();
    type(tracker);
    tracker.connectionClosed();
    expect(tracker.saved).toBe(false);
    tracker.connectionOpened();
    tracker.savedReceived(0);
    expect(tracker.saved).toBe(false);
    tracker.frameSent('sync-step2');
    expect(tracker.saved).toBe(false);
    tracker.savedReceived(1);
    expect(tracker.saved).toBe(true);
  });

  it('an update typed after reconnecting does not stand in for the step 2 still owed', () => {
    const tracker = new SaveTracker();
    tracker.localChange(); // offline
    tracker.connectionOpened();
    type(tracker); // frame 1: only the new change
    tracker.savedReceived(1);
    expect(tracker.saved).toBe(false);
    tracker.frameSent('sync-step2'); // frame 2: everything the server lacks
    tracker.savedReceived(2);
    expect(tracker.saved).toBe(true);
  });

  it('confirmed changes stay saved across a reconnect', () => {
    const tracker = connected();
    type(tracker);
    tracker.savedReceived(1);
    tracker.connectionClosed();
    expect(tracker.saved).toBe(true);
    tracker.connectionOpened();
    expect(tracker.saved).toBe(true);
  });

  it('ignores frames and Saved while no socket is open', () => {
    const tracker = new SaveTracker();
    tracker.localChange();
    tracker.frameSent('sync-step2');
    tracker.savedReceived(5);
    expect(tracker.saved).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { LocalChangeCounter } from './LocalChangeCounter.js';

describe('LocalChangeCounter', () => {
  it('a change is unprotected until its local write commits, then kept on the device until the server stores it', () => {
    const counter = new LocalChangeCounter();
    counter.changeMade();
    expect([counter.unprotected, counter.onDevice]).toEqual([1, 0]);
    counter.committedThrough(counter.changesMade);
    expect([counter.unprotected, counter.onDevice]).toEqual([0, 1]);
    counter.allOnServer();
    expect([counter.unprotected, counter.onDevice]).toEqual([0, 0]);
  });

  it('counts each change once, whichever of the device and the server stored it first', () => {
    const counter = new LocalChangeCounter();
    counter.changeMade();
    counter.changeMade();
    const firstWrite = counter.changesMade;
    counter.allOnServer();
    // The write was already under way when the server answered: it commits after, and counts nothing more.
    counter.committedThrough(firstWrite);
    expect([counter.unprotected, counter.onDevice]).toEqual([0, 0]);
    counter.changeMade();
    counter.committedThrough(counter.changesMade);
    expect(counter.onDevice).toBe(1);
    counter.allOnServer();
    expect(counter.onDevice).toBe(0);
  });

  it('shows the unsynced changes an earlier page left on the device, and clears them with the first confirmation', () => {
    const counter = new LocalChangeCounter(5);
    expect([counter.unprotected, counter.onDevice]).toEqual([0, 5]);
    counter.changeMade();
    counter.committedThrough(1);
    expect(counter.onDevice).toBe(6);
    counter.allOnServer();
    expect(counter.onDevice).toBe(0);
  });

  it('a write that only partly committed leaves the later changes unprotected', () => {
    const counter = new LocalChangeCounter();
    counter.changeMade();
    counter.committedThrough(1);
    counter.changeMade();
    counter.changeMade();
    expect([counter.unprotected, counter.onDevice]).toEqual([2, 1]);
  });

  it('after a failed write the device keeps nothing for sure: only the server protects changes', () => {
    const counter = new LocalChangeCounter(2);
    counter.changeMade();
    counter.committedThrough(1);
    counter.writeFailed();
    expect(counter.keeping).toBe(false);
    expect([counter.unprotected, counter.onDevice]).toEqual([1, 0]);
    counter.allOnServer();
    expect(counter.unprotected).toBe(0);
  });
});

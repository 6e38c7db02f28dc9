import { describe, expect, it } from 'vitest';
import { RecordingLogger } from '../sync/testing/RecordingLogger.js';
import { settle } from '../sync/testing/waiting.js';
import { AutomaticVersions } from './AutomaticVersions.js';
import { FakeTimers } from './testing/FakeTimers.js';

const PAUSE = 10 * 60 * 1000;

function automatic(take: (documentId: string) => Promise<void> = async () => {}) {
  const timers = new FakeTimers();
  const logs = new RecordingLogger();
  const taken: string[] = [];
  const versions = new AutomaticVersions({
    pauseMs: PAUSE,
    take: (documentId) => {
      taken.push(documentId);
      return take(documentId);
    },
    logger: logs.logger,
    timers,
  });
  return { versions, timers, taken, logs };
}

describe('AutomaticVersions', () => {
  it('a burst of changes makes one version, a pause after its last change', () => {
    const { versions, timers, taken } = automatic();
    for (let i = 0; i < 20; i++) {
      versions.changed('d1');
      timers.advance(PAUSE / 2);
    }
    expect(taken).toEqual([]);
    timers.advance(PAUSE / 2 - 1);
    expect(taken).toEqual([]);
    timers.advance(1);
    expect(taken).toEqual(['d1']);
    timers.advance(10 * PAUSE);
    expect(taken).toEqual(['d1']);
    expect(timers.pendingCount).toBe(0);
  });

  it('takes nothing when nothing changed', () => {
    const { timers, taken } = automatic();
    timers.advance(10 * PAUSE);
    expect(taken).toEqual([]);
  });

  it('waits for each document on its own', () => {
    const { versions, timers, taken } = automatic();
    versions.changed('d1');
    timers.advance(PAUSE / 2);
    versions.changed('d2');
    timers.advance(PAUSE / 2);
    expect(taken).toEqual(['d1']);
    versions.changed('d1');
    timers.advance(PAUSE / 2);
    expect(taken).toEqual(['d1', 'd2']);
    timers.advance(PAUSE / 2);
    expect(taken).toEqual(['d1', 'd2', 'd1']);
  });

  it('flush takes the pending versions at once, and their timers do not take them again', async () => {
    const { versions, timers, taken } = automatic();
    versions.changed('d1');
    versions.changed('d2');
    versions.changed('d1');
    await versions.flush();
    expect(taken.sort()).toEqual(['d1', 'd2']);
    expect(timers.pendingCount).toBe(0);
    timers.advance(10 * PAUSE);
    expect(taken).toHaveLength(2);
    await versions.flush();
    expect(taken).toHaveLength(2);
  });

  it('flush resolves once the versions it took are taken', async () => {
    let finish!: () => void;
    const { versions } = automatic(() => new Promise<void>((resolve) => (finish = resolve)));
    versions.changed('d1');
    let flushed = false;
    const flushing = versions.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    finish();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('a failed version is logged, and the next pause tries again', async () => {
    let fail = true;
    const { versions, timers, taken, logs } = automatic(async () => {
      if (fail) throw new Error('disk full');
    });
    versions.changed('d1');
    timers.advance(PAUSE);
    const [failed] = await logs.logged('automatic version failed; the next pause tries again');
    expect(failed).toMatchObject({ level: 'error', documentId: 'd1' });
    fail = false;
    versions.changed('d1');
    timers.advance(PAUSE);
    expect(taken).toEqual(['d1', 'd1']);
  });
});

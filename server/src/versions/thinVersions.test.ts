import type { VersionKind } from '@van-kien/api';
import { describe, expect, it } from 'vitest';
import { type ThinnableVersion, versionsToThin } from './thinVersions.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = 100 * DAY;

/** Versions numbered in the order given (oldest first), each `[age, kind]` before NOW. */
function history(...entries: [age: number, kind?: VersionKind][]): ThinnableVersion[] {
  return entries.map(([age, kind = 'auto'], index) => ({ number: index + 1, kind, createdAt: NOW - age }));
}

describe('versionsToThin', () => {
  it.each([
    ['keeps every version of the last day', history([23 * HOUR + 59 * MINUTE], [10 * HOUR], [10 * HOUR - MINUTE], [MINUTE], [0]), []],
    [
      'keeps the newest of each hour between a day and a week old',
      history([30 * HOUR + 50 * MINUTE], [30 * HOUR + 20 * MINUTE], [30 * HOUR + 5 * MINUTE], [29 * HOUR + 30 * MINUTE], [0]),
      [1, 2],
    ],
    [
      'keeps one per hour across several hours',
      history([3 * DAY + 40 * MINUTE], [3 * DAY + 10 * MINUTE], [3 * DAY - 20 * MINUTE], [0]),
      [1],
    ],
    [
      'keeps the newest of each day after a week',
      history([9 * DAY + 20 * HOUR], [9 * DAY + 5 * HOUR], [9 * DAY + HOUR], [8 * DAY + 3 * HOUR], [0]),
      [1, 2],
    ],
    ['removes nothing from a history of one', history([30 * DAY]), []],
    ['removes nothing from no history', [], []],
  ])('%s', (_what, versions, removed) => {
    expect(versionsToThin(versions, NOW)).toEqual(removed);
  });

  it('thinning keeps every named draft, however many share an hour or a day', () => {
    const versions = history(
      [20 * DAY + 3 * HOUR, 'draft'],
      [20 * DAY + 2 * HOUR, 'draft'],
      [20 * DAY + HOUR, 'draft'],
      [2 * DAY + 30 * MINUTE, 'draft'],
      [2 * DAY + 20 * MINUTE, 'draft'],
      [0, 'auto'],
    );
    expect(versionsToThin(versions, NOW)).toEqual([]);
  });

  it('keeps the versions a restore took, and does not let them stand for their hour', () => {
    const versions = history(
      [2 * DAY + 50 * MINUTE, 'auto'],
      [2 * DAY + 40 * MINUTE, 'before-restore'],
      [2 * DAY + 39 * MINUTE, 'restore'],
      [2 * DAY + 30 * MINUTE, 'auto'],
      [0, 'auto'],
    );
    // The restore's versions stay, and the newest automatic version of the hour stays beside them.
    expect(versionsToThin(versions, NOW)).toEqual([1]);
  });

  it('keeps the "Nhập từ Word" version a document was made with, however old and however many autos share its day', () => {
    const versions = history([30 * DAY, 'import'], [30 * DAY - MINUTE, 'auto'], [30 * DAY - 2 * MINUTE, 'auto'], [0, 'auto']);
    expect(versionsToThin(versions, NOW)).toEqual([2]);
  });

  it('never removes the newest version, however old, since the next delta is taken against it', () => {
    // The newest by number, even when the clock went back and an older one is later in its bucket.
    expect(versionsToThin(history([30 * DAY + HOUR], [30 * DAY + 2 * HOUR]), NOW)).toEqual([]);
    expect(versionsToThin(history([30 * DAY + 2 * HOUR, 'draft'], [30 * DAY + HOUR]), NOW)).toEqual([]);
    expect(versionsToThin(history([30 * DAY + 3 * HOUR], [30 * DAY + 2 * HOUR], [0]), NOW)).toEqual([1]);
  });

  it('mixes every rule over a long history: drafts and restores stay, autos thin by tier, the newest stays', () => {
    const versions = history(
      [40 * DAY + 5 * HOUR], // 1: day 40, older
      [40 * DAY + HOUR], // 2: day 40, newest of it
      [40 * DAY, 'draft'], // 3
      [5 * DAY + 2 * HOUR + 30 * MINUTE], // 4: hour 122, older
      [5 * DAY + 2 * HOUR + 10 * MINUTE], // 5: hour 122, newest of it
      [5 * DAY + 2 * HOUR + 5 * MINUTE, 'restore'], // 6
      [3 * HOUR], // 7: last day
      [2 * HOUR], // 8: last day
      [MINUTE], // 9: newest
    );
    expect(versionsToThin(versions, NOW)).toEqual([1, 4]);
  });
});

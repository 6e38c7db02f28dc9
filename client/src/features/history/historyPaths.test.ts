import { describe, expect, it } from 'vitest';
import { comparePath, parseCompareQuery, parseVersionNumber, versionPath } from './historyPaths.js';

describe('history paths', () => {
  it('builds the paths of a version and of a comparison with today’s text', () => {
    expect(versionPath('abc', 3)).toBe('/d/abc/versions/3');
    expect(comparePath('abc', 1)).toBe('/d/abc/compare?from=1&to=current');
    expect(comparePath('abc', 1, 4)).toBe('/d/abc/compare?from=1&to=4');
  });

  it('reads a version number only when it is a whole number from 1', () => {
    expect(parseVersionNumber('12')).toBe(12);
    for (const wrong of ['0', '-1', '1.5', 'abc', '', '01', null, undefined]) expect(parseVersionNumber(wrong)).toBeUndefined();
  });

  it('reads a comparison’s sides, "to" being today’s text unless given, and refuses a wrong one', () => {
    expect(parseCompareQuery(new URLSearchParams('from=2&to=current'))).toEqual({ from: 2, to: 'current' });
    expect(parseCompareQuery(new URLSearchParams('from=2'))).toEqual({ from: 2, to: 'current' });
    expect(parseCompareQuery(new URLSearchParams('from=2&to=5'))).toEqual({ from: 2, to: 5 });
    expect(parseCompareQuery(new URLSearchParams('to=5'))).toBeUndefined();
    expect(parseCompareQuery(new URLSearchParams('from=2&to=hom-nay'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { CARET_PALETTE } from './caretPalette.js';
import { defaultIdentity, normalizeName } from './Identity.js';

describe('Identity', () => {
  it('gives a guest a numbered name and a palette colour', () => {
    expect(defaultIdentity(() => 0)).toEqual({ name: 'Khách 100', color: CARET_PALETTE[0] });
    expect(defaultIdentity(() => 0.999)).toEqual({ name: 'Khách 999', color: CARET_PALETTE.at(-1) });
  });

  it('cleans names and refuses empty ones', () => {
    expect(normalizeName('  Nguyễn   Văn  A ')).toBe('Nguyễn Văn A');
    expect(normalizeName('   ')).toBeUndefined();
    expect(normalizeName('x'.repeat(60))).toHaveLength(40);
  });
});

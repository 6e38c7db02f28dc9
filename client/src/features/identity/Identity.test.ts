import { describe, expect, it } from 'vitest';
import { CARET_PALETTE } from './caretPalette.js';
import { caretName, defaultCaretColor, isPaletteColor } from './Identity.js';

describe('Identity', () => {
  it('labels a caret with the account’s display name, tidied and cut when too long', () => {
    expect(caretName('  Nguyễn   Văn  A ')).toBe('Nguyễn Văn A');
    const long = caretName('Nguyễn Thị Hồng Nhung '.repeat(4));
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('…')).toBe(true);
  });

  it('picks a palette colour until the person chooses one', () => {
    expect(defaultCaretColor(() => 0)).toBe(CARET_PALETTE[0]);
    expect(defaultCaretColor(() => 0.999)).toBe(CARET_PALETTE.at(-1));
    expect(isPaletteColor('#123456')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatActivity } from './formatActivity.js';

describe('formatActivity', () => {
  it('writes time then day, zero-padded, in local time', () => {
    expect(formatActivity(new Date(2026, 10, 26, 14, 5).getTime())).toBe('cập nhật 14:05, 26/11/2026');
    expect(formatActivity(new Date(2027, 0, 3, 9, 0).getTime())).toBe('cập nhật 09:00, 03/01/2027');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDeadline, parseDeadline, toDateTimeLocal } from './roundDeadline.js';

describe('round deadlines', () => {
  const now = new Date(2026, 10, 26, 9, 30).getTime();

  it('default to a week ahead at 17:00, written as the date-time field wants it', () => {
    expect(toDateTimeLocal(defaultDeadline(now))).toBe('2026-12-03T17:00');
  });

  it('read back what the field holds, in local time', () => {
    expect(parseDeadline('2026-12-03T17:00', now)).toEqual({ deadline: new Date(2026, 11, 3, 17, 0).getTime() });
  });

  it('refuse an empty field and a moment already past', () => {
    expect(parseDeadline('', now)).toEqual({ problem: 'Hãy chọn ngày giờ hết hạn góp ý' });
    expect(parseDeadline('2026-11-26T09:30', now)).toEqual({ problem: 'Hạn góp ý phải ở tương lai' });
  });
});

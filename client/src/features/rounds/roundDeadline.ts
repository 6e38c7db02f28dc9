const pad = (value: number) => String(value).padStart(2, '0');

/** `epochMs` as a `datetime-local` input's value, in the user's time zone: "2026-11-26T17:00". */
export function toDateTimeLocal(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The default deadline of a new round: a week from `now`, at 17:00. */
export function defaultDeadline(now: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + 7);
  date.setHours(17, 0, 0, 0);
  return date.getTime();
}

/** The deadline a `datetime-local` value means, or why it cannot be one (empty, unreadable, not in the future). */
export function parseDeadline(value: string, now: number): { deadline: number } | { problem: string } {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return { problem: 'Hãy chọn ngày giờ hết hạn góp ý' };
  const deadline = new Date(value).getTime();
  if (!Number.isFinite(deadline)) return { problem: 'Hãy chọn ngày giờ hết hạn góp ý' };
  if (deadline <= now) return { problem: 'Hạn góp ý phải ở tương lai' };
  return { deadline };
}

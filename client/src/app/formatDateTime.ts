const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A moment in the user's time zone as Vietnamese documents write it: "14:05, 26/11/2026". Built
 * by hand because `Intl` orders and separates the parts differently across browsers.
 */
export function formatDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const day = `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${time}, ${day}`;
}

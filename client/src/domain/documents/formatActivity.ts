import { formatDateTime } from '../../app/formatDateTime.js';

/** When a document was last active, in the user's time zone: "cập nhật 14:05, 26/11/2026". */
export function formatActivity(epochMs: number): string {
  return `cập nhật ${formatDateTime(epochMs)}`;
}

import type { Round } from './roundsApi.js';

/** A round's status as the app names it. */
export const ROUND_STATUS_NAMES: Record<Round['status'], string> = {
  open: 'Đang lấy ý kiến',
  closed: 'Đã kết thúc',
};

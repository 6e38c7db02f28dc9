import type { SyncState } from './SyncState.js';

const UNSAVED = ' (có thay đổi chưa lưu)';

/** The Vietnamese sentence the status indicator shows for `state`. */
export function describeSyncState({ connection, saved, gaveUp }: SyncState): string {
  switch (connection) {
    case 'not-found':
      return 'Văn bản không tồn tại';
    case 'connecting':
      return `Đang kết nối…${saved ? '' : UNSAVED}`;
    case 'connected':
      return saved ? 'Đã lưu' : 'Đang lưu…';
    case 'disconnected':
      // The provider stops retrying after a permanent close, so "reconnecting" would be a lie.
      if (gaveUp) return `Mất kết nối – không thể kết nối lại, hãy tải lại trang${saved ? '' : UNSAVED}`;
      return saved ? 'Mất kết nối – mọi thay đổi đã được lưu' : `Mất kết nối – đang kết nối lại…${UNSAVED}`;
  }
}

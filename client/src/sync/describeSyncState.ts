import type { SyncState } from './SyncState.js';

const UNSAVED = ' (có thay đổi chưa lưu)';

/** The Vietnamese sentence the status indicator shows for `state`. */
export function describeSyncState({ connection, saved, gaveUp, editsRefused }: SyncState): string {
  switch (connection) {
    case 'not-found':
      return 'Văn bản không tồn tại';
    case 'signed-out':
      return `Phiên đăng nhập đã kết thúc, hãy đăng nhập lại${saved ? '' : UNSAVED}`;
    case 'access-revoked':
      return `Quyền truy cập văn bản này đã bị thu hồi${saved ? '' : UNSAVED}`;
    case 'connecting':
      return `Đang kết nối…${saved ? '' : UNSAVED}`;
    case 'connected':
      // "Đang lưu…" would wait forever: the server will never store these edits.
      if (editsRefused && !saved) return 'Bạn không còn quyền sửa – thay đổi vừa rồi không được lưu';
      return saved ? 'Đã lưu' : 'Đang lưu…';
    case 'disconnected':
      // The provider stops retrying after a permanent close, so "reconnecting" would be a lie.
      if (gaveUp) return `Mất kết nối – không thể kết nối lại, hãy tải lại trang${saved ? '' : UNSAVED}`;
      return saved ? 'Mất kết nối – mọi thay đổi đã được lưu' : `Mất kết nối – đang kết nối lại…${UNSAVED}`;
  }
}

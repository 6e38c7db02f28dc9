import type { SyncState } from './SyncState.js';

/**
 * Where the changes not yet on the server are: kept on this device, or (while a local write is
 * under way, or without local storage) nowhere yet.
 */
function whereUnsavedChangesAre({ changesOnDevice, unprotected }: SyncState): string {
  return !unprotected && changesOnDevice > 0 ? `${changesOnDevice} thay đổi lưu trên máy này` : 'có thay đổi chưa lưu';
}

/** The Vietnamese sentence the status indicator shows for `state`. */
export function describeSyncState(state: SyncState): string {
  const { connection, saved, gaveUp, storageUnavailable, editsRefused, online } = state;
  const unsaved = saved ? undefined : whereUnsavedChangesAre(state);
  const suffix = unsaved ? ` (${unsaved})` : '';
  switch (connection) {
    case 'not-found':
      return 'Văn bản không tồn tại';
    case 'signed-out':
      return `Phiên đăng nhập đã kết thúc, hãy đăng nhập lại${suffix}`;
    case 'access-revoked':
      return `Quyền truy cập văn bản này đã bị thu hồi${suffix}`;
    case 'connected':
      // "Đang lưu…" would wait forever: the server will never store these edits.
      if (editsRefused && !saved) return 'Bạn không còn quyền sửa – thay đổi vừa rồi không được lưu';
      return saved ? 'Đã lưu lên máy chủ' : 'Đang lưu lên máy chủ…';
    case 'connecting':
    case 'disconnected':
      if (!online) return `Ngoại tuyến – ${unsaved ?? 'mọi thay đổi đã lưu lên máy chủ'}`;
      if (connection === 'connecting') return `Đang kết nối…${suffix}`;
      // The provider stops retrying after a permanent close, so "reconnecting" would be a lie.
      if (gaveUp) return `Mất kết nối – không thể kết nối lại, hãy tải lại trang${suffix}`;
      // The network is fine: the server answered that it cannot store anything just now (4500).
      if (storageUnavailable) return `Máy chủ tạm thời không lưu được – đang thử kết nối lại…${suffix}`;
      return saved ? 'Mất kết nối – mọi thay đổi đã lưu lên máy chủ' : `Mất kết nối – đang kết nối lại…${suffix}`;
  }
}

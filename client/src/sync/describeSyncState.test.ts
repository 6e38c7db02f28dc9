import { describe, expect, it } from 'vitest';
import { describeSyncState } from './describeSyncState.js';
import type { SyncState } from './SyncState.js';

const state = (change: Partial<SyncState>): SyncState => ({ connection: 'connected', saved: true, gaveUp: false, editsRefused: false, ...change });

describe('describeSyncState', () => {
  it('says saved only when connected and everything is stored', () => {
    expect(describeSyncState(state({}))).toBe('Đã lưu');
    expect(describeSyncState(state({ saved: false }))).toBe('Đang lưu…');
  });

  it('tells a disconnected user whether their edits are safe', () => {
    expect(describeSyncState(state({ connection: 'disconnected' }))).toBe('Mất kết nối – mọi thay đổi đã được lưu');
    expect(describeSyncState(state({ connection: 'disconnected', saved: false }))).toBe(
      'Mất kết nối – đang kết nối lại… (có thay đổi chưa lưu)',
    );
  });

  it('does not promise a reconnect after the server refused the connection for good', () => {
    expect(describeSyncState(state({ connection: 'disconnected', saved: false, gaveUp: true }))).toBe(
      'Mất kết nối – không thể kết nối lại, hãy tải lại trang (có thay đổi chưa lưu)',
    );
  });

  it('names connecting and missing documents', () => {
    expect(describeSyncState(state({ connection: 'connecting' }))).toBe('Đang kết nối…');
    expect(describeSyncState(state({ connection: 'not-found' }))).toBe('Văn bản không tồn tại');
  });

  it('says why the server closed for good: the session ended (4401) or access was withdrawn (4403)', () => {
    expect(describeSyncState(state({ connection: 'signed-out' }))).toBe('Phiên đăng nhập đã kết thúc, hãy đăng nhập lại');
    expect(describeSyncState(state({ connection: 'access-revoked' }))).toBe('Quyền truy cập văn bản này đã bị thu hồi');
    expect(describeSyncState(state({ connection: 'access-revoked', saved: false }))).toBe(
      'Quyền truy cập văn bản này đã bị thu hồi (có thay đổi chưa lưu)',
    );
  });

  it('does not claim to be saving edits the server refused', () => {
    expect(describeSyncState(state({ saved: false, editsRefused: true }))).toBe('Bạn không còn quyền sửa – thay đổi vừa rồi không được lưu');
    expect(describeSyncState(state({ editsRefused: true }))).toBe('Đã lưu');
  });
});

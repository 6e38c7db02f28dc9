import { describe, expect, it } from 'vitest';
import { describeSyncState } from './describeSyncState.js';
import type { SyncState } from './SyncState.js';

const state = (change: Partial<SyncState>): SyncState => ({
  connection: 'connected',
  saved: true,
  gaveUp: false,
  storageUnavailable: false,
  editsRefused: false,
  online: true,
  changesOnDevice: 0,
  unprotected: false,
  contentReady: true,
  ...change,
});

describe('describeSyncState', () => {
  it('says saved on the server only when connected and everything is stored there', () => {
    expect(describeSyncState(state({}))).toBe('Đã lưu lên máy chủ');
    expect(describeSyncState(state({ saved: false, changesOnDevice: 2 }))).toBe('Đang lưu lên máy chủ…');
  });

  it('says plainly that the browser is offline, and how many changes are kept only on this device', () => {
    expect(describeSyncState(state({ connection: 'disconnected', online: false, saved: false, changesOnDevice: 3 }))).toBe(
      'Ngoại tuyến – 3 thay đổi lưu trên máy này',
    );
    expect(describeSyncState(state({ connection: 'connecting', online: false, saved: false, changesOnDevice: 1 }))).toBe(
      'Ngoại tuyến – 1 thay đổi lưu trên máy này',
    );
    expect(describeSyncState(state({ connection: 'disconnected', online: false }))).toBe('Ngoại tuyến – mọi thay đổi đã lưu lên máy chủ');
  });

  it('warns of a change kept nowhere yet: being written on the device, or with no local storage at all', () => {
    expect(
      describeSyncState(state({ connection: 'disconnected', online: false, saved: false, changesOnDevice: 2, unprotected: true })),
    ).toBe('Ngoại tuyến – có thay đổi chưa lưu');
    expect(describeSyncState(state({ connection: 'disconnected', saved: false, unprotected: true }))).toBe(
      'Mất kết nối – đang kết nối lại… (có thay đổi chưa lưu)',
    );
  });

  it('tells someone whose server is out of reach whether their edits are safe', () => {
    expect(describeSyncState(state({ connection: 'disconnected' }))).toBe('Mất kết nối – mọi thay đổi đã lưu lên máy chủ');
    expect(describeSyncState(state({ connection: 'disconnected', saved: false, changesOnDevice: 4 }))).toBe(
      'Mất kết nối – đang kết nối lại… (4 thay đổi lưu trên máy này)',
    );
  });

  it('does not promise a reconnect after the server refused the connection for good', () => {
    expect(describeSyncState(state({ connection: 'disconnected', saved: false, gaveUp: true, changesOnDevice: 1 }))).toBe(
      'Mất kết nối – không thể kết nối lại, hãy tải lại trang (1 thay đổi lưu trên máy này)',
    );
  });

  it('[S-AUTH-6] says the server cannot store for now after a 4500 close, keeping the unsaved-changes suffix, while it reconnects', () => {
    expect(describeSyncState(state({ connection: 'disconnected', storageUnavailable: true }))).toBe(
      'Máy chủ tạm thời không lưu được – đang thử kết nối lại…',
    );
    expect(describeSyncState(state({ connection: 'disconnected', storageUnavailable: true, saved: false, changesOnDevice: 2 }))).toBe(
      'Máy chủ tạm thời không lưu được – đang thử kết nối lại… (2 thay đổi lưu trên máy này)',
    );
    expect(describeSyncState(state({ connection: 'disconnected', storageUnavailable: true, saved: false, unprotected: true }))).toBe(
      'Máy chủ tạm thời không lưu được – đang thử kết nối lại… (có thay đổi chưa lưu)',
    );
  });

  it('[S-AUTH-6] after a 4500 close, an offline browser or a permanent refusal is what it names; connected again, it is normal', () => {
    expect(describeSyncState(state({ connection: 'disconnected', storageUnavailable: true, online: false }))).toBe(
      'Ngoại tuyến – mọi thay đổi đã lưu lên máy chủ',
    );
    expect(describeSyncState(state({ connection: 'disconnected', storageUnavailable: true, gaveUp: true }))).toBe(
      'Mất kết nối – không thể kết nối lại, hãy tải lại trang',
    );
    expect(describeSyncState(state({ storageUnavailable: true }))).toBe('Đã lưu lên máy chủ');
  });

  it('names connecting and missing documents', () => {
    expect(describeSyncState(state({ connection: 'connecting' }))).toBe('Đang kết nối…');
    expect(describeSyncState(state({ connection: 'not-found' }))).toBe('Văn bản không tồn tại');
  });

  it('says why the server closed for good, and that the changes stay on this device', () => {
    expect(describeSyncState(state({ connection: 'signed-out' }))).toBe('Phiên đăng nhập đã kết thúc, hãy đăng nhập lại');
    expect(describeSyncState(state({ connection: 'signed-out', saved: false, changesOnDevice: 7 }))).toBe(
      'Phiên đăng nhập đã kết thúc, hãy đăng nhập lại (7 thay đổi lưu trên máy này)',
    );
    expect(describeSyncState(state({ connection: 'access-revoked' }))).toBe('Quyền truy cập văn bản này đã bị thu hồi');
    expect(describeSyncState(state({ connection: 'access-revoked', saved: false, unprotected: true }))).toBe(
      'Quyền truy cập văn bản này đã bị thu hồi (có thay đổi chưa lưu)',
    );
  });

  it('does not claim to be saving edits the server refused', () => {
    expect(describeSyncState(state({ saved: false, editsRefused: true }))).toBe(
      'Bạn không còn quyền sửa – thay đổi vừa rồi không được lưu',
    );
    expect(describeSyncState(state({ editsRefused: true }))).toBe('Đã lưu lên máy chủ');
  });
});

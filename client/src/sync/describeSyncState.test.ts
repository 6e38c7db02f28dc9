import { describe, expect, it } from 'vitest';
import { describeSyncState } from './describeSyncState.js';

describe('describeSyncState', () => {
  it('says saved only when connected and everything is stored', () => {
    expect(describeSyncState({ connection: 'connected', saved: true, gaveUp: false })).toBe('Đã lưu');
    expect(describeSyncState({ connection: 'connected', saved: false, gaveUp: false })).toBe('Đang lưu…');
  });

  it('tells a disconnected user whether their edits are safe', () => {
    expect(describeSyncState({ connection: 'disconnected', saved: true, gaveUp: false })).toBe(
      'Mất kết nối – mọi thay đổi đã được lưu',
    );
    expect(describeSyncState({ connection: 'disconnected', saved: false, gaveUp: false })).toBe(
      'Mất kết nối – đang kết nối lại… (có thay đổi chưa lưu)',
    );
  });

  it('does not promise a reconnect after the server refused the connection for good', () => {
    expect(describeSyncState({ connection: 'disconnected', saved: false, gaveUp: true })).toBe(
      'Mất kết nối – không thể kết nối lại, hãy tải lại trang (có thay đổi chưa lưu)',
    );
  });

  it('names connecting and missing documents', () => {
    expect(describeSyncState({ connection: 'connecting', saved: true, gaveUp: false })).toBe('Đang kết nối…');
    expect(describeSyncState({ connection: 'not-found', saved: true, gaveUp: false })).toBe('Văn bản không tồn tại');
  });
});

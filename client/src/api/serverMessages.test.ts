import { describe, expect, it } from 'vitest';
import { apiErrorFor } from './ApiError.js';
import { translateServerMessage } from './serverMessages.js';

describe('server messages in Vietnamese', () => {
  it('translates the sign-in, account and access answers a person can meet', () => {
    expect(translateServerMessage('wrong username or password')).toBe('Sai tên đăng nhập hoặc mật khẩu');
    expect(translateServerMessage('current password is wrong')).toBe('Mật khẩu hiện tại không đúng');
    expect(translateServerMessage('username "bithu3" is taken')).toBe('Tên đăng nhập “bithu3” đã có người dùng');
    expect(translateServerMessage('password must be 8-200 characters')).toBe('Mật khẩu phải dài từ 8 đến 200 ký tự');
    expect(translateServerMessage('requires the owner role')).toBe('Quyền của bạn với văn bản này không đủ để làm việc này');
    expect(translateServerMessage('organization not found')).toBe('Không tìm thấy tổ chức');
  });

  it('names the field of a request validation failure and says what is wrong with it', () => {
    expect(translateServerMessage('"title": must not be empty')).toBe('Tên văn bản không được để trống');
    expect(translateServerMessage('"username": Too small: expected string to have >=3 characters')).toBe(
      'Tên đăng nhập phải có ít nhất 3 ký tự',
    );
    expect(translateServerMessage('"newPassword": Too small: expected string to have >=8 characters')).toBe(
      'Mật khẩu mới phải có ít nhất 8 ký tự',
    );
    expect(translateServerMessage('"displayName": Too big: expected string to have <=100 characters')).toBe(
      'Họ và tên không được dài quá 100 ký tự',
    );
    expect(translateServerMessage('"kind": Invalid option')).toBe('Loại tổ chức không hợp lệ');
  });

  it('explains the answers to creating a document from a template', () => {
    expect(translateServerMessage('template not found')).toBe('Không tìm thấy mẫu văn bản');
    expect(translateServerMessage('"fields": the filled-in title must be at most 200 characters')).toContain('dài quá 200 ký tự');
  });

  it('shows the messages the server writes in Vietnamese as they are, without the field name', () => {
    expect(translateServerMessage('Đợt lấy ý kiến đã kết thúc')).toBe('Đợt lấy ý kiến đã kết thúc');
    expect(translateServerMessage('"body": Nội dung ý kiến dài quá 4000 ký tự')).toBe('Nội dung ý kiến dài quá 4000 ký tự');
    expect(translateServerMessage('"organizationIds": không có tổ chức x1')).toBe('Không có tổ chức x1');
  });

  it('leaves unknown messages to the status, and keeps Retry-After', () => {
    expect(translateServerMessage('something new')).toBeUndefined();
    expect(apiErrorFor(403, 'something new').message).toBe('Bạn không có quyền làm việc này');
    expect(apiErrorFor(429, 'too many failed sign-in attempts, try again later', 120).retryAfterSeconds).toBe(120);
  });
});

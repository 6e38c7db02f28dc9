import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError.js';
import { retryAfterMinutes, signInProblem } from './signInProblem.js';

describe('signInProblem', () => {
  it('says a wrong username or password without telling which', () => {
    expect(signInProblem(new ApiError(401, 'anything', { code: 'bad_credentials' }))).toBe('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('tells a rate-limited person how many minutes to wait, rounded up', () => {
    expect(signInProblem(new ApiError(429, 'x', { code: 'rate_limited', retryAfterSeconds: 840 }))).toBe(
      'Bạn đã đăng nhập sai quá nhiều lần. Thử lại sau 14 phút.',
    );
    expect(retryAfterMinutes(61)).toBe(2);
    expect(retryAfterMinutes(5)).toBe(1);
  });

  it('passes other failures on as they are', () => {
    expect(signInProblem(new ApiError(0, 'Không kết nối được với máy chủ, vui lòng thử lại'))).toBe(
      'Không kết nối được với máy chủ, vui lòng thử lại',
    );
  });
});

import { ApiError } from '../../api/ApiError.js';

/** Minutes to tell someone to wait, from `Retry-After` seconds: rounded up, at least one. */
export function retryAfterMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Why a sign-in failed, as the sign-in form says it. */
export function signInProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Đã xảy ra lỗi, vui lòng thử lại';
  if (error.code === 'bad_credentials') return 'Sai tên đăng nhập hoặc mật khẩu';
  if (error.code === 'rate_limited') {
    const minutes = retryAfterMinutes(error.retryAfterSeconds ?? 60);
    return `Bạn đã đăng nhập sai quá nhiều lần. Thử lại sau ${minutes} phút.`;
  }
  return error.message;
}

import { translateServerMessage } from './serverMessages.js';

/** A failed API call, with a message in Vietnamese that can be shown as it is. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    message: string,
    /** From `Retry-After` on a 429: how long the server asks to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** No answer came: the browser is offline or the server is out of reach. */
  get isUnreachable(): boolean {
    return this.status === 0;
  }
}

/** What to say when the server gave no message the client knows. */
function fallbackMessage(status: number): string {
  if (status === 401) return 'Bạn cần đăng nhập lại';
  if (status === 403) return 'Bạn không có quyền làm việc này';
  if (status === 404) return 'Không tìm thấy';
  if (status === 429) return 'Bạn thao tác quá nhiều lần, vui lòng thử lại sau';
  if (status >= 500) return `Máy chủ gặp sự cố (mã ${status}), vui lòng thử lại sau`;
  return `Yêu cầu không thành công (mã ${status})`;
}

/** An `ApiError` for a response with `status` and the server's `{ error }` text, if any. */
export function apiErrorFor(status: number, serverMessage: string | undefined, retryAfterSeconds?: number): ApiError {
  const known = serverMessage === undefined ? undefined : translateServerMessage(serverMessage);
  return new ApiError(status, known ?? fallbackMessage(status), retryAfterSeconds);
}

/** The error for a request that never got an answer. */
export function unreachableError(): ApiError {
  return new ApiError(0, 'Không kết nối được với máy chủ, vui lòng thử lại');
}

/** The message of any failure as the user should read it. */
export function messageOf(error: unknown, fallback = 'Đã xảy ra lỗi, vui lòng thử lại'): string {
  return error instanceof ApiError ? error.message : fallback;
}

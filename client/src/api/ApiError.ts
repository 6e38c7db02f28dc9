import { type ApiErrorData, type ErrorCode, isErrorCode } from '@van-kien/api';

export interface ApiErrorDetails {
  /** The refusal's code in the API contract; absent when no answer came or it was not the contract's. */
  code?: ErrorCode;
  /** The request field at fault, for a form to mark. */
  field?: string;
  /** From `Retry-After` on a 429: how long the server asks to wait. */
  retryAfterSeconds?: number;
}

/** A failed API call, with a message in Vietnamese that can be shown as it is. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode | undefined;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    message: string,
    { code, field, retryAfterSeconds }: ApiErrorDetails = {},
  ) {
    super(message);
    this.code = code;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** No answer came: the browser is offline or the server is out of reach. */
  get isUnreachable(): boolean {
    return this.status === 0;
  }
}

/** What to say when the answer carried no refusal of the contract (a proxy's page, a newer server's code). */
function fallbackMessage(status: number): string {
  if (status === 401) return 'Bạn cần đăng nhập lại';
  if (status === 403) return 'Bạn không có quyền làm việc này';
  if (status === 404) return 'Không tìm thấy';
  if (status === 413) return 'Nội dung gửi lên quá lớn';
  if (status === 429) return 'Bạn thao tác quá nhiều lần, vui lòng thử lại sau';
  if (status >= 500) return `Máy chủ gặp sự cố (mã ${status}), vui lòng thử lại sau`;
  return `Yêu cầu không thành công (mã ${status})`;
}

function isContractError(value: unknown): value is ApiErrorData {
  const error = value as Partial<ApiErrorData> | undefined;
  return typeof error === 'object' && error !== null && isErrorCode(error.code) && typeof error.message === 'string';
}

/**
 * An `ApiError` for a response with `status` and the body's `error`. A code of the contract comes
 * with the server's Vietnamese sentence for it (the contract declares both); anything else is
 * said by its status.
 */
export function apiErrorFor(status: number, error: unknown, retryAfterSeconds?: number): ApiError {
  const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  if (!isContractError(error)) return new ApiError(status, fallbackMessage(status), retry);
  return new ApiError(status, error.message, { code: error.code, ...(error.field !== undefined && { field: error.field }), ...retry });
}

/** The error for a request that never got an answer. */
export function unreachableError(): ApiError {
  return new ApiError(0, 'Không kết nối được với máy chủ, vui lòng thử lại');
}

/** The message of any failure as the user should read it. */
export function messageOf(error: unknown, fallback = 'Đã xảy ra lỗi, vui lòng thử lại'): string {
  return error instanceof ApiError ? error.message : fallback;
}

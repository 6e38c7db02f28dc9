import { MAX_TITLE_LENGTH } from './documentTitle.js';

/** A failed API call, with a message in Vietnamese that can be shown as it is. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** The server's English error messages, as the user should read them. */
const KNOWN_ERRORS: Record<string, string> = {
  '"title" must not be empty': 'Tên văn bản không được để trống',
  '"title" must be a string': 'Tên văn bản không hợp lệ',
  [`"title" must be at most ${MAX_TITLE_LENGTH} characters`]: `Tên văn bản không được dài quá ${MAX_TITLE_LENGTH} ký tự`,
  'document not found': 'Không tìm thấy văn bản',
  'request body must be JSON': 'Yêu cầu không hợp lệ',
};

/** An `ApiError` for a response with `status` and the server's `{ error }` text, if any. */
export function apiErrorFor(status: number, serverMessage: string | undefined): ApiError {
  const known = serverMessage === undefined ? undefined : KNOWN_ERRORS[serverMessage];
  if (known) return new ApiError(status, known);
  if (status === 404) return new ApiError(status, 'Không tìm thấy văn bản');
  if (status >= 500) return new ApiError(status, `Máy chủ gặp sự cố (mã ${status}), vui lòng thử lại sau`);
  return new ApiError(status, `Yêu cầu không thành công (mã ${status})`);
}

/** The error for a request that never got an answer. */
export function unreachableError(): ApiError {
  return new ApiError(0, 'Không kết nối được với máy chủ, vui lòng thử lại');
}

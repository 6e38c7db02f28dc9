import { describe, expect, it } from 'vitest';
import { apiErrorFor } from './ApiError.js';

describe('API errors by code', () => {
  it('keeps the code, the field and the server’s Vietnamese sentence of a refusal of the contract', () => {
    const error = apiErrorFor(400, { code: 'invalid_input', field: 'title', message: 'Tên văn bản không được để trống' });
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', field: 'title', message: 'Tên văn bản không được để trống' });
  });

  it('says by the status what an answer outside the contract means: a proxy’s page, an unknown code', () => {
    expect(apiErrorFor(502, undefined)).toMatchObject({ code: undefined, message: 'Máy chủ gặp sự cố (mã 502), vui lòng thử lại sau' });
    expect(apiErrorFor(403, { code: 'something_new', message: 'Something new' })).toMatchObject({
      code: undefined,
      message: 'Bạn không có quyền làm việc này',
    });
    expect(apiErrorFor(404, 'document not found').message).toBe('Không tìm thấy');
  });

  it('keeps how long a 429 asks to wait', () => {
    expect(apiErrorFor(429, { code: 'rate_limited', message: 'x' }, 120).retryAfterSeconds).toBe(120);
  });
});

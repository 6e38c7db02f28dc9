import { describe, expect, it } from 'vitest';
import { apiErrorFor } from '../../api/ApiError.js';
import { titleProblem } from './documentTitle.js';

describe('document titles', () => {
  it('refuses empty and overlong titles with the same words as the server errors', () => {
    expect(titleProblem('   ')).toBe('Tên văn bản không được để trống');
    expect(titleProblem('a'.repeat(201))).toBe('Tên văn bản không được dài quá 200 ký tự');
    expect(titleProblem(' Nghị quyết ')).toBeUndefined();
    expect(apiErrorFor(400, '"title": must not be empty').message).toBe(titleProblem(''));
    expect(apiErrorFor(400, '"title": must be at most 200 characters').message).toBe(titleProblem('a'.repeat(201)));
  });

  it('names unknown failures by their status', () => {
    expect(apiErrorFor(404, 'document not found').message).toBe('Không tìm thấy văn bản');
    expect(apiErrorFor(404, 'not found').message).toBe('Không tìm thấy');
    expect(apiErrorFor(500, 'internal error').message).toContain('mã 500');
  });
});

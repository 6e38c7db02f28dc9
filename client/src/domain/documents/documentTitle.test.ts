import { describe, expect, it } from 'vitest';
import { titleProblem } from './documentTitle.js';

describe('document titles', () => {
  it('refuses empty and overlong titles with the same words as the server errors', () => {
    expect(titleProblem('   ')).toBe('Tên văn bản không được để trống');
    expect(titleProblem('a'.repeat(201))).toBe('Tên văn bản không được dài quá 200 ký tự');
    expect(titleProblem(' Nghị quyết ')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { commentBodyProblem } from './commentBody.js';

describe('comment bodies', () => {
  it('refuses empty and overlong bodies after trimming, in the server’s words', () => {
    expect(commentBodyProblem(' \n\t ')).toBe('Nội dung ý kiến không được để trống');
    expect(commentBodyProblem('a'.repeat(4001))).toBe('Nội dung ý kiến không được dài quá 4000 ký tự');
    expect(commentBodyProblem(`  ${'a'.repeat(4000)}  `)).toBeUndefined();
  });
});

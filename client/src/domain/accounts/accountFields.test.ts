import { describe, expect, it } from 'vitest';
import { displayNameProblem, passwordProblem, usernameProblem } from './accountFields.js';

describe('account fields', () => {
  it('accepts the usernames the server accepts, and explains the rule otherwise', () => {
    expect(usernameProblem('nguyen.van-a_3')).toBeUndefined();
    expect(usernameProblem('  ')).toBe('Hãy nhập tên đăng nhập');
    expect(usernameProblem('ab')).toContain('3–40 ký tự');
    expect(usernameProblem('nguyễn')).toContain('không dấu');
  });

  it('wants a full name of at most 100 characters and a password of at least 8', () => {
    expect(displayNameProblem(' Trần Thị Mai ')).toBeUndefined();
    expect(displayNameProblem('   ')).toBe('Hãy nhập họ và tên');
    expect(displayNameProblem('a'.repeat(101))).toContain('100');
    expect(passwordProblem('1234567')).toBe('Mật khẩu phải có ít nhất 8 ký tự');
    expect(passwordProblem('12345678')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one; two hashes of one password differ (salted)', async () => {
    const first = await hashPassword('Mật khẩu của Bí thư');
    const second = await hashPassword('Mật khẩu của Bí thư');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Mật khẩu của Bí thư', first)).toBe(true);
    expect(await verifyPassword('mật khẩu của bí thư', first)).toBe(false);
  });

  it('treats the composed and decomposed forms of a Vietnamese password as the same', async () => {
    const stored = await hashPassword('Đảng ủy'.normalize('NFC'));
    expect(await verifyPassword('Đảng ủy'.normalize('NFD'), stored)).toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('generates passwords long enough to use as they are', () => {
    expect(generatePassword()).toMatch(/^[\w-]{16}$/);
  });
});

/*
 * The contract's limits for account fields, checked in the browser too so that a person hears what
 * is wrong before sending (the server checks again and has the last word).
 */

import { MAX_DISPLAY_NAME_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, USERNAME_PATTERN as USERNAME } from '@van-kien/api';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** Why `username` cannot be a username, or undefined when it can. */
export function usernameProblem(username: string): string | undefined {
  if (username.trim().length === 0) return 'Hãy nhập tên đăng nhập';
  if (!USERNAME.test(username.trim())) {
    return 'Tên đăng nhập phải dài 3–40 ký tự, chỉ gồm chữ cái không dấu, chữ số, ".", "_" hoặc "-"';
  }
  return undefined;
}

/** Why `displayName` cannot be a person's full name, or undefined when it can. */
export function displayNameProblem(displayName: string): string | undefined {
  const name = displayName.trim();
  if (name.length === 0) return 'Hãy nhập họ và tên';
  if (name.length > MAX_DISPLAY_NAME_LENGTH) return `Họ và tên không được dài quá ${MAX_DISPLAY_NAME_LENGTH} ký tự`;
  return undefined;
}

/** Why `password` cannot be a new password, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự`;
  return undefined;
}

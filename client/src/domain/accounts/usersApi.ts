import type { CreatedUser } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';
import type { User } from './model.js';

/** Every account (administrators only). */
export function listUsers(signal?: AbortSignal): Promise<User[]> {
  return apiRequest<User[]>('/api/users', { signal });
}

/** What creating an account answers: the generated password when none was given, shown once. */
export type { CreatedUser };

/** Creates an account (administrators only); without `password`, the server generates one. */
export function createUser(input: { username: string; displayName: string; password?: string; isAdmin: boolean }): Promise<CreatedUser> {
  return apiRequest<CreatedUser>('/api/users', { method: 'POST', body: input });
}

/** Sets a new generated password (administrators only); the person is signed out everywhere. */
export async function resetPassword(userId: string): Promise<string> {
  const { password } = await apiRequest<{ password: string }>(`/api/users/${encodeURIComponent(userId)}/password-reset`, {
    method: 'POST',
  });
  return password;
}

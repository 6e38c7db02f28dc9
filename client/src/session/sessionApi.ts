import { ApiError } from '../api/ApiError.js';
import { apiRequest } from '../api/apiRequest.js';
import type { Account, User } from '../domain/accounts/model.js';

/** The signed-in person, or undefined when this browser has no valid session. */
export async function fetchAccount(signal?: AbortSignal): Promise<Account | undefined> {
  try {
    return await apiRequest<Account>('/api/auth/me', { signal, unauthorizedIsAnswer: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

/** Signs in with a password; the server sets the HttpOnly session cookie. */
export async function signIn(username: string, password: string): Promise<User> {
  const { user } = await apiRequest<{ user: User }>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    unauthorizedIsAnswer: true,
  });
  return user;
}

/** Ends this browser's session. */
export function signOut(): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

/** Changes one's own password; the server signs out every other session of the account. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiRequest<void>('/api/auth/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
    // A wrong current password answers 401 without ending this session.
    unauthorizedIsAnswer: true,
  });
}

import type { Account } from '../domain/accounts/model.js';

const KEY = 'van-kien:account';

/**
 * Who was last signed in on this browser, so that the app opens offline as that person. Kept until
 * they sign out here; a session the server ended is found out (and signed in again) once online.
 */
export function rememberAccount(account: Account): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(account));
  } catch {
    // Storage blocked or full: the app still works online.
  }
}

/** The account remembered by `rememberAccount`, if any. */
export function rememberedAccount(): Account | undefined {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === null ? undefined : (JSON.parse(stored) as Account);
  } catch {
    return undefined;
  }
}

export function forgetAccount(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

/** Why a request or socket is refused; mapped to HTTP statuses and close codes in one place each. */
export type AuthFailure = 'unauthenticated' | 'bad-credentials' | 'rate-limited' | 'forbidden' | 'not-found' | 'conflict' | 'invalid';

export class AuthError extends Error {
  constructor(
    readonly failure: AuthFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

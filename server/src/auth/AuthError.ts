/** Why a request or socket is refused; mapped to HTTP statuses and close codes in one place each. */
export type AuthFailure =
  | 'unauthenticated'
  | 'bad-credentials'
  | 'rate-limited'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  /** Well-formed, but about something that is not there, e.g. a comment on a passage not in the document. */
  | 'unprocessable';

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

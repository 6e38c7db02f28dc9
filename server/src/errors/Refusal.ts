import { ERRORS, type ErrorCode } from '@van-kien/api';

export interface RefusalDetails {
  /** A more specific Vietnamese sentence than the code's own. */
  message?: string;
  /** The request field at fault, as a dotted path. */
  field?: string;
  /** For `rate_limited`: how long the client should wait. */
  retryAfterMs?: number;
}

/**
 * A request the app refuses on purpose (not signed in, not allowed, not found, bad input…), named
 * by its code in the API contract; services throw it, HTTP answers it in one place
 * (`errorResponse`), the admin CLI prints its message. Nothing was changed when it is thrown.
 */
export class Refusal extends Error {
  override name = 'Refusal';
  readonly field: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly code: ErrorCode,
    { message, field, retryAfterMs }: RefusalDetails = {},
  ) {
    super(message ?? ERRORS[code].message);
    this.field = field;
    this.retryAfterMs = retryAfterMs;
  }

  /** Bad input in one field, said in Vietnamese. */
  static invalid(field: string, message: string): Refusal {
    return new Refusal('invalid_input', { field, message });
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

import { type ApiErrorData, describeIssue, ERRORS, type ErrorBody, type ErrorCode } from '@van-kien/api';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { Refusal } from '../errors/Refusal.js';
import type { Logger } from '../logger.js';

/** The one shape of every 4xx and 5xx answer: `{ error: { code, message, field? } }`. */
export function errorBody(code: ErrorCode, message: string = ERRORS[code].message, field?: string): ErrorBody {
  const error: ApiErrorData = field === undefined ? { code, message } : { code, message, field };
  return { error };
}

function answer(c: Context, code: ErrorCode, message?: string, field?: string) {
  return c.json(errorBody(code, message, field), ERRORS[code].status as ContentfulStatusCode);
}

/** A request whose data fails its route's schema: 400 naming the first field at fault, in Vietnamese. */
export function invalidRequest(c: Context, error: z.ZodError, input: unknown) {
  const issue = error.issues[0];
  const problem = issue ? describeIssue(issue, input) : { message: ERRORS.invalid_input.message };
  return answer(c, 'invalid_input', problem.message, problem.field);
}

/** Hono's own HTTP failures (a body that is not JSON, …) by the code that says the same. */
const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = { 400: 'malformed_json', 404: 'not_found', 413: 'body_too_large' };

/** Maps anything a handler threw to the wire: refusals by their code, the rest as a logged 500. */
export function errorResponse(error: Error, c: Context, logger: Logger) {
  if (error instanceof Refusal) {
    if (error.retryAfterMs) c.header('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)));
    return answer(c, error.code, error.message, error.field);
  }
  const code = error instanceof HTTPException ? HTTP_STATUS_CODES[error.status] : undefined;
  if (code) return answer(c, code);
  logger.error({ err: error, path: c.req.path }, 'request failed');
  return answer(c, 'internal');
}

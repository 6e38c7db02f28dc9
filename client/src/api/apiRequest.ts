import { UPLOAD_HEADER } from '@van-kien/api';
import { apiErrorFor, unreachableError } from './ApiError.js';
import { reportSessionLost } from './sessionLost.js';

export interface ApiRequestOptions {
  /** GET unless given. */
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a state-changing request without one still sends `{}` (see below). */
  body?: unknown;
  /** A file upload, sent as multipart instead of `body`, with `UPLOAD_HEADER` in place of the JSON type (CSRF, see below). */
  form?: FormData;
  signal?: AbortSignal;
  /**
   * A 401 here answers the question asked (wrong password, not signed in yet) rather than
   * meaning the session was lost, so it must not send the user to the sign-in page.
   */
  unauthorizedIsAnswer?: boolean;
}

/**
 * Calls the API on the page's own origin, where the session cookie goes along by itself. Returns
 * the JSON answer (undefined for 204); every failure becomes an `ApiError` with its contract code and a Vietnamese
 * message, except aborts, which are rethrown as they are.
 *
 * A state-changing request always carries `Content-Type: application/json`, even without a body:
 * the server refuses cookie-authenticated ones that do not, because a cross-site form could
 * otherwise send them with the user's cookie (CSRF).
 */
export async function apiRequest<T>(
  path: string,
  { method = 'GET', body, form, signal, unauthorizedIsAnswer = false }: ApiRequestOptions = {},
): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (signal) init.signal = signal;
  if (form) {
    headers.set(UPLOAD_HEADER, '1');
    init.body = form;
  } else if (method !== 'GET') {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachableError();
  }
  if (response.status === 204) return undefined as T;
  // An abort while the body is read is still an abort: answering undefined would hand the caller
  // a "successful" answer without its data.
  const answer: unknown = await response.json().catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return undefined;
  });
  if (!response.ok) {
    if (response.status === 401 && !unauthorizedIsAnswer) reportSessionLost();
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw apiErrorFor(
      response.status,
      (answer as { error?: unknown } | undefined)?.error,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return answer as T;
}

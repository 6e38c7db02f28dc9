import { HTTPException } from 'hono/http-exception';

export const MAX_TITLE_LENGTH = 200;

/** A document title from a request body: a non-empty string of at most 200 characters, trimmed. */
export function parseDocumentTitle(body: unknown): string {
  const title = (body as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') throw badRequest('"title" must be a string');
  const trimmed = title.trim();
  if (trimmed.length === 0) throw badRequest('"title" must not be empty');
  if (trimmed.length > MAX_TITLE_LENGTH) throw badRequest(`"title" must be at most ${MAX_TITLE_LENGTH} characters`);
  return trimmed;
}

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './AppEnv.js';

export const ErrorBody = z.object({ error: z.string() }).openapi('Error');

const error = (description: string) => ({ content: { 'application/json': { schema: ErrorBody } }, description });

/** The error answers routes share; handlers throw, and `createHttpApp`'s error handler answers. */
export const errorResponses = {
  400: error('Invalid input; the message names the field'),
  401: error('Not signed in'),
  403: error('Signed in, but not allowed'),
  404: error('Not found, or not visible to you'),
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A router whose request validation failures answer 400 `{ error }` naming the field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.length ? `"${issue.path.join('.')}"` : 'request';
      return c.json({ error: `${field}: ${issue?.message ?? 'invalid'}` }, 400);
    },
  });
}

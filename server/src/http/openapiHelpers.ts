import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { ErrorBodySchema } from '@van-kien/api';
import type { AppEnv } from './AppEnv.js';
import { invalidRequest } from './errorResponse.js';

/** A refusal answer of a route, with the error shape every 4xx and 5xx shares. */
export const errorAnswer = (description: string) => ({ content: { 'application/json': { schema: ErrorBodySchema } }, description });

/** The error answers routes share; handlers throw a `Refusal`, and `createHttpApp`'s error handler answers. */
export const errorResponses = {
  400: errorAnswer('Invalid input: `code` invalid_input, `field` names the field'),
  401: errorAnswer('Not signed in'),
  403: errorAnswer('Signed in, but not allowed'),
  404: errorAnswer('Not found, or not visible to you'),
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A router whose request validation failures answer 400 naming the field, in Vietnamese. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      // The validator passes the checked input along (untyped here), to tell a missing field from a wrong one.
      if (!result.success) return invalidRequest(c, result.error, (result as { data?: unknown }).data);
    },
  });
}

import { describeIssue } from '@van-kien/api';
import type { z } from 'zod';
import { Refusal } from './Refusal.js';

/**
 * `value` as the contract's `schema` for `field` accepts it (trimmed, defaulted), or a refusal
 * naming the field: for input that arrives other than through a route's schema (the admin CLI,
 * a service's own rules).
 */
export function checkedField<T>(schema: z.ZodType<T>, field: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const { message } = describeIssue({ ...issue, path: [field, ...issue.path] }, { [field]: value });
  throw Refusal.invalid(field, message);
}

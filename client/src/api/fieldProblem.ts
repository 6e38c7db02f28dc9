import { describeIssue } from '@van-kien/api';
import type { z } from 'zod';

/**
 * Why `value` cannot be sent as `field`, in the words the server would answer (the same schema
 * and the same description of what is wrong), or undefined when it can: a form says it before
 * sending, and the server checks again and has the last word.
 */
export function fieldProblem(schema: z.ZodType, field: string, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return describeIssue({ ...issue, path: [field, ...issue.path] }, { [field]: value }).message;
}

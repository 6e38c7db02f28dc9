import { CommentBodySchema } from '@van-kien/api';
import { fieldProblem } from '../../api/fieldProblem.js';

/**
 * Why `raw` cannot be sent as a comment or reply, or undefined when it can: the contract's rule
 * (1–4000 characters after trimming) in the server's words, so the person hears it before sending.
 */
export function commentBodyProblem(raw: string): string | undefined {
  return fieldProblem(CommentBodySchema, 'body', raw);
}

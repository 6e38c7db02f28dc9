import { MAX_COMMENT_LENGTH } from '../../domain/comments/commentModel.js';

/**
 * Why `raw` cannot be sent as a comment or reply, or undefined when it can; the server's rule
 * (1–4000 characters after trimming) and its words, so the person hears it before sending.
 */
export function commentBodyProblem(raw: string): string | undefined {
  const body = raw.trim();
  if (body.length === 0) return 'Nội dung ý kiến không được để trống';
  if (body.length > MAX_COMMENT_LENGTH) return `Nội dung ý kiến dài quá ${MAX_COMMENT_LENGTH} ký tự`;
  return undefined;
}

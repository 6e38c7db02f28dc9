import type { DocumentAccess } from '../accounts/documentRole.js';
import { type DocumentRole, roleAtLeast, type User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { AuthError } from '../auth/AuthError.js';
import type { DocumentRecord } from '../storage/Storage.js';

/** A signed-in user's access to a document they may see. */
export interface Caller {
  user: User;
  document: DocumentRecord;
  access: DocumentAccess;
}

export const ROUND_ENDED = 'Đợt lấy ý kiến đã kết thúc';

/** The caller's access to the document; 404 when they may not see it, exactly as when it does not exist. */
export async function callerOn(access: AccessService, user: User, documentId: string): Promise<Caller> {
  const found = await access.accessOn(user, documentId);
  if (!found) throw new AuthError('not-found', 'Không tìm thấy văn bản');
  return { user, ...found };
}

/** Refuses (403) a caller whose role is weaker than `needed`, saying `why`. */
export function requireRole(caller: Caller, needed: DocumentRole, why: string): void {
  if (!roleAtLeast(caller.access.role, needed)) throw new AuthError('forbidden', why);
}

/**
 * Refuses (403) a caller who may not comment now; one who could only through a consultation round
 * that has ended is told so, whatever client they use.
 */
export function requireCommenting(caller: Caller): void {
  if (roleAtLeast(caller.access.role, 'commenter')) return;
  throw new AuthError('forbidden', caller.access.roundEnded ? ROUND_ENDED : 'Bạn chỉ được xem văn bản này, không được góp ý');
}

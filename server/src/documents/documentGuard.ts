import type { DocumentAccess } from '../accounts/documentRole.js';
import { type DocumentRole, roleAtLeast, type User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { Refusal } from '../errors/Refusal.js';
import type { DocumentRecord } from '../storage/Storage.js';

/*
 * The one guard of every document route and service: who may see a document (404 otherwise,
 * exactly as when it does not exist, so nobody learns which documents exist), and who may do what
 * with it (403 with what was missing).
 */

/** A signed-in user's access to a document they may see. */
export interface Caller {
  user: User;
  document: DocumentRecord;
  access: DocumentAccess;
}

/** The caller's access to the document; `document_not_found` when they may not see it. */
export async function callerOn(access: AccessService, user: User, documentId: string): Promise<Caller> {
  const found = await access.accessOn(user, documentId);
  if (!found) throw new Refusal('document_not_found');
  return { user, ...found };
}

/** Refuses a caller whose role is weaker than `needed`, saying `why` (or that the role does not suffice). */
export function requireRole(caller: Caller, needed: DocumentRole, why?: string): void {
  if (!roleAtLeast(caller.access.role, needed)) throw new Refusal('role_too_weak', why === undefined ? {} : { message: why });
}

/** The caller's access, requiring at least `needed`: the guard of a route in one call. */
export async function callerWithRole(access: AccessService, user: User, documentId: string, needed: DocumentRole): Promise<Caller> {
  const caller = await callerOn(access, user, documentId);
  requireRole(caller, needed);
  return caller;
}

/**
 * Refuses a caller who may not comment now; one who could only through a consultation round
 * that has ended is told so, whatever client they use.
 */
export function requireCommenting(caller: Caller): void {
  if (roleAtLeast(caller.access.role, 'commenter')) return;
  throw new Refusal(caller.access.roundEnded ? 'round_ended' : 'view_only');
}

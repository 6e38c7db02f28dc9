import type { DocumentRole, MemberRole } from '@van-kien/access';

/** The access model shared with the other side lives in `@van-kien/access`. */
export * from '@van-kien/access';

export interface Membership {
  organizationId: string;
  userId: string;
  role: MemberRole;
}

export type PrincipalType = 'user' | 'organization';

export interface DocumentGrant {
  documentId: string;
  principalType: PrincipalType;
  principalId: string;
  role: DocumentRole;
  grantedBy: string | null;
  grantedAt: number;
}

export interface Invite {
  organizationId: string;
  role: MemberRole;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  usedBy: string | null;
}

export interface AuditEntry {
  id: number;
  at: number;
  actorId: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  address: string | null;
}

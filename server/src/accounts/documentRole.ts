import type { DocumentRecord } from '../storage/Storage.js';
import { defaultDocumentRole } from './defaultDocumentRole.js';
import { strongerRole, type DocumentGrant, type DocumentRole, type Membership, type Organization, type User } from './model.js';

export interface AccessFacts {
  user: User;
  /** The user's memberships, each with its organization. */
  memberships: (Membership & { organization: Organization })[];
  document: DocumentRecord;
  documentOrganization: Organization | undefined;
  /** Grants on the document. */
  grants: DocumentGrant[];
}

/**
 * The strongest role any rule gives the user on the document, or undefined for no access:
 * administrators own everything; the creator owns; direct grants; grants to an organization the
 * user belongs to; and the defaults of the document's organization (`defaultDocumentRole`).
 */
export function documentRole({ user, memberships, document, documentOrganization, grants }: AccessFacts): DocumentRole | undefined {
  if (user.isAdmin) return 'owner';
  let role: DocumentRole | undefined = document.createdBy === user.id ? 'owner' : undefined;
  const organizationIds = new Set(memberships.map((m) => m.organizationId));
  for (const grant of grants) {
    const applies =
      (grant.principalType === 'user' && grant.principalId === user.id) ||
      (grant.principalType === 'organization' && organizationIds.has(grant.principalId));
    if (applies) role = strongerRole(role, grant.role);
  }
  if (documentOrganization) {
    for (const m of memberships) {
      role = strongerRole(role, defaultDocumentRole(documentOrganization, { organizationId: m.organizationId, kind: m.organization.kind, role: m.role }));
    }
  }
  return role;
}

import type { DocumentRecord } from '../storage/Storage.js';
import { defaultDocumentRole } from './defaultDocumentRole.js';
import { type DocumentGrant, type DocumentRole, type Membership, type Organization, strongerRole, type User } from './model.js';

/** An organization addressed by a consultation round on the document, and whether the round still takes comments. */
export interface ConsultationFact {
  roundId: string;
  organizationId: string;
  open: boolean;
}

export interface AccessFacts {
  user: User;
  /** The user's memberships, each with its organization. */
  memberships: (Membership & { organization: Organization })[];
  document: DocumentRecord;
  documentOrganization: Organization | undefined;
  /** Grants on the document. */
  grants: DocumentGrant[];
  /** The organizations the document's consultation rounds address. */
  consultations: ConsultationFact[];
}

/** What the user may do with a document, and in whose name. */
export interface DocumentAccess {
  role: DocumentRole;
  /**
   * The organization through which the user has their role — a round's organization, a granted
   * organization, or the membership the defaults follow — which their comments speak for; null
   * when only a rule of their own (creator, direct grant, administrator) gives that role.
   */
  organizationId: string | null;
  /** The open consultation round addressing `organizationId`, which the user's comments belong to. */
  roundId: string | null;
  /** Whether a round that addressed one of the user's organizations has ended (why they may no longer comment). */
  roundEnded: boolean;
}

/** One rule that gives the user a role, with the organization it comes through. */
interface Source {
  role: DocumentRole;
  organizationId: string | null;
}

/**
 * The strongest role any rule gives the user on the document, with the organization it comes
 * through, or undefined for no access: administrators own everything; the creator owns; direct
 * grants; grants to an organization the user belongs to; the defaults of the document's
 * organization (`defaultDocumentRole`); and consultation rounds, which give their organizations'
 * members `commenter` while open and `viewer` after (they keep reading their comments and the answers).
 */
export function documentAccess({
  user,
  memberships,
  document,
  documentOrganization,
  grants,
  consultations,
}: AccessFacts): DocumentAccess | undefined {
  const organizationIds = new Set(memberships.map((m) => m.organizationId));
  const sources: Source[] = [];
  const ownRole = (role: DocumentRole) => sources.push({ role, organizationId: null });
  if (user.isAdmin || document.createdBy === user.id) ownRole('owner');
  // Rounds come first: a comment made during a round speaks for the round's organization.
  const addressed = consultations.filter((c) => organizationIds.has(c.organizationId));
  for (const c of addressed) sources.push({ role: c.open ? 'commenter' : 'viewer', organizationId: c.organizationId });
  for (const grant of grants) {
    if (grant.principalType === 'user' && grant.principalId === user.id) ownRole(grant.role);
    if (grant.principalType === 'organization' && organizationIds.has(grant.principalId))
      sources.push({ role: grant.role, organizationId: grant.principalId });
  }
  if (documentOrganization) {
    for (const m of memberships) {
      const role = defaultDocumentRole(documentOrganization, { organizationId: m.organizationId, kind: m.organization.kind, role: m.role });
      if (role) sources.push({ role, organizationId: m.organizationId });
    }
  }
  const role = sources.reduce<DocumentRole | undefined>((strongest, s) => strongerRole(strongest, s.role), undefined);
  if (!role) return undefined;
  // The first organization that gives the role itself; a role of one's own speaks for no organization.
  const organizationId = sources.find((s) => s.organizationId !== null && s.role === role)?.organizationId ?? null;
  const roundId = addressed.find((c) => c.open && c.organizationId === organizationId)?.roundId ?? null;
  const roundEnded = addressed.some((c) => !c.open) && !addressed.some((c) => c.open);
  return { role, organizationId, roundId, roundEnded };
}

/** The strongest role any rule gives the user on the document, or undefined for no access (see `documentAccess`). */
export function documentRole(facts: AccessFacts): DocumentRole | undefined {
  return documentAccess(facts)?.role;
}

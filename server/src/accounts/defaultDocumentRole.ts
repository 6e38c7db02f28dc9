import type { DocumentRole, MemberRole, OrganizationKind } from './model.js';

/** Who a document belongs to: a chi bộ, or the ward (its Đảng ủy or Tiểu ban văn kiện). */
type DocumentScope = 'chi_bo' | 'ward';

/**
 * Default roles of DOMAIN.md §C, as data: for a document of a given scope, the role a member of an
 * organization of `memberKind` gets from their `MemberRole` there. "own" rows apply to members of
 * the document's own organization; the other rows to members of any organization of that kind.
 * MTTQ and đoàn thể get nothing by default: they comment when a draft is sent to them (a grant).
 */
const DEFAULTS: Record<DocumentScope, Partial<Record<'own' | OrganizationKind, Partial<Record<MemberRole, DocumentRole>>>>> = {
  chi_bo: {
    // Bí thư chi bộ owns and submits; chi ủy edits; đảng viên comment.
    own: { head: 'owner', deputy: 'editor', committee: 'editor', member: 'commenter' },
    // The ward's Tiểu ban văn kiện comments on every chi bộ draft.
    tieu_ban: { head: 'commenter', deputy: 'commenter', committee: 'commenter', member: 'commenter' },
    // Bí thư Đảng ủy reviews (comment, approve); other Đảng ủy viên comment.
    dang_uy: { head: 'commenter', deputy: 'commenter', committee: 'commenter' },
  },
  ward: {
    tieu_ban: { head: 'owner', deputy: 'editor', committee: 'editor', member: 'editor' },
    dang_uy: { head: 'owner', deputy: 'commenter', committee: 'commenter', member: 'commenter' },
    // Bí thư chi bộ give the chi bộ's formal view; đảng viên comment through their chi bộ.
    chi_bo: { head: 'commenter', deputy: 'commenter', committee: 'commenter', member: 'commenter' },
    // The upper level's Ban thường vụ reviews ward documents.
    cap_tren: { head: 'commenter', deputy: 'commenter', committee: 'commenter' },
  },
};

/** The default role a membership gives on a document of `documentOrganization`, if any. */
export function defaultDocumentRole(
  documentOrganization: { id: string; kind: OrganizationKind },
  membership: { organizationId: string; kind: OrganizationKind; role: MemberRole },
): DocumentRole | undefined {
  const scope: DocumentScope | undefined =
    documentOrganization.kind === 'chi_bo'
      ? 'chi_bo'
      : documentOrganization.kind === 'dang_uy' || documentOrganization.kind === 'tieu_ban'
        ? 'ward'
        : undefined;
  if (!scope) return undefined;
  const table = DEFAULTS[scope];
  const own = membership.organizationId === documentOrganization.id ? table.own?.[membership.role] : undefined;
  return own ?? table[membership.kind]?.[membership.role];
}

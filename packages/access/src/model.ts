/** Kinds of organization in a ward (DOMAIN.md §0, §C). */
export const ORGANIZATION_KINDS = ['dang_uy', 'tieu_ban', 'chi_bo', 'mttq', 'doan_the', 'cap_tren'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A person's place in an organization. Named by function; each kind of organization has its own
 * titles for them (head of a chi bộ is "Bí thư", of the MTTQ "Chủ tịch").
 */
export const MEMBER_ROLES = ['head', 'deputy', 'committee', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What a person may do with a document, weakest first. */
export const DOCUMENT_ROLES = ['viewer', 'commenter', 'editor', 'owner'] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

/** An account; times are milliseconds since the epoch. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
  createdAt: number;
}

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  parentId: string | null;
  createdAt: number;
}

/** Whether `role` allows at least what `needed` allows. */
export function roleAtLeast(role: DocumentRole | undefined, needed: DocumentRole): boolean {
  return role !== undefined && DOCUMENT_ROLES.indexOf(role) >= DOCUMENT_ROLES.indexOf(needed);
}

/** The stronger of two roles. */
export function strongerRole(a: DocumentRole | undefined, b: DocumentRole | undefined): DocumentRole | undefined {
  if (!a) return b;
  if (!b) return a;
  return DOCUMENT_ROLES.indexOf(a) >= DOCUMENT_ROLES.indexOf(b) ? a : b;
}

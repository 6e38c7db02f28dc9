import type { MemberRole, OrganizationKind, User } from '@van-kien/access';

/** The access model shared with the other side lives in `@van-kien/access`. */
export * from '@van-kien/access';

/** One of the signed-in person's roles, with the organization it is in. */
export interface AccountMembership {
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  role: MemberRole;
}

/** The signed-in person (GET /api/auth/me). */
export interface Account extends User {
  memberships: AccountMembership[];
}

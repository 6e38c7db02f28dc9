/** The access model shared with the other side lives in `@van-kien/access`. */
export * from '@van-kien/access';

/** One of the signed-in person's roles, with the organization it is in; and the signed-in person (GET /api/auth/me). */
export type { Me as Account, Membership as AccountMembership } from '@van-kien/api';

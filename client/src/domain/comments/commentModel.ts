/** The comments API's data is declared once, with the server, in the API contract (`@van-kien/api`). */
export { MAX_COMMENT_LENGTH, type OrganizationRef, type Person, type Reply, type Thread, type ThreadStatus } from '@van-kien/api';
export type { CommentAnswer, CommentKind } from '@van-kien/schema';

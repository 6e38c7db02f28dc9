/** The comments API's data is declared once, with the server (`@van-kien/schema`). */
export {
  MAX_COMMENT_LENGTH,
  type CommentAnswer,
  type CommentKind,
  type OrganizationRef,
  type Person,
  type Reply,
  type Thread,
  type ThreadStatus,
} from '@van-kien/schema';

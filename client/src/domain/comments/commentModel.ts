/** The comments API's data is declared once, with the server (`@van-kien/schema`). */
export {
  type CommentAnswer,
  type CommentKind,
  MAX_COMMENT_LENGTH,
  type OrganizationRef,
  type Person,
  type Reply,
  type Thread,
  type ThreadStatus,
} from '@van-kien/schema';

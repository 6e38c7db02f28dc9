/*
 * The limits of what the API accepts, declared once: the server's schemas enforce them and the
 * browser's forms check them before sending.
 */

/** 3-40 letters without diacritics, digits, ".", "_" or "-". */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/i;
export const MIN_USERNAME_LENGTH = 3;
export const MAX_USERNAME_LENGTH = 40;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_DISPLAY_NAME_LENGTH = 100;
/** A document's or a round's title. */
export const MAX_TITLE_LENGTH = 200;
export const MAX_ORGANIZATION_NAME_LENGTH = 200;
export const MAX_TOKEN_NAME_LENGTH = 100;
/** A value typed into one of a template's fields when creating a document from it. */
export const MAX_TEMPLATE_FIELD_LENGTH = 200;
/** The longest comment body, in characters after trimming. */
export const MAX_COMMENT_LENGTH = 4000;
/** The longest explanation of a "Giải trình" answer. */
export const MAX_ANSWER_LENGTH = 4000;
/** A name given to a frozen draft, besides its "Dự thảo lần n". */
export const MAX_VERSION_NAME_LENGTH = 200;
/** Ids in paths and bodies (server-made ids are 16 characters). */
export const MAX_ID_LENGTH = 100;
/** An invite link is valid for 1 hour to 30 days. */
export const MAX_INVITE_HOURS = 720;
export const DEFAULT_INVITE_HOURS = 72;
/** The largest Word file "Nhập từ Word" accepts, and what it may unpack to (a zip bomb is refused before it is inflated). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_UNPACKED_BYTES = 100 * 1024 * 1024;

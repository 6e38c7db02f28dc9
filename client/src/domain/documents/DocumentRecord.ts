/** A document as the HTTP API returns it, with the signed-in person's role: declared once, in the API contract. */
export type { ApiDocument as DocumentRecord } from '@van-kien/api';

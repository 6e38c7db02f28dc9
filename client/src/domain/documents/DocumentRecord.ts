import type { DocumentRole } from '../accounts/model.js';

/** A document as the HTTP API returns it; times are milliseconds since the epoch. */
export interface DocumentRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  /** The organization it belongs to, or null for a personal document. */
  organizationId: string | null;
  /** The account that created it, or null for documents older than accounts. */
  createdBy: string | null;
  /** What the signed-in person may do with it. */
  role: DocumentRole;
  /** The template it was created from, and which version of it; null for a document begun empty. */
  templateId?: string | null;
  templateVersion?: number | null;
}

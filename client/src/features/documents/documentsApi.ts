import { apiRequest } from '../../api/apiRequest.js';
import type { DocumentRecord } from './DocumentRecord.js';

const BASE = '/api/documents';

/** Every document the signed-in person may see, most recently active first. */
export function listDocuments(signal?: AbortSignal): Promise<DocumentRecord[]> {
  return apiRequest<DocumentRecord[]>(BASE, { signal });
}

/**
 * One document with one's role on it; rejects with an `ApiError` whose `isNotFound` is true when
 * it does not exist or is not visible to the signed-in person (the server does not tell which).
 */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(`${BASE}/${encodeURIComponent(id)}`, { signal });
}

/** Creates an empty document for `organizationId`, or a personal one when it is undefined. */
export function createDocument(title: string, organizationId: string | undefined): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(BASE, { method: 'POST', body: { title, organizationId } });
}

/** A document laid out by a template (`POST /api/documents` with a `templateId`). */
export interface TemplateDocumentRequest {
  templateId: string;
  /** The template's fields by id, as typed; blank ones print as "…". */
  fields: Record<string, string>;
  /** The organization it belongs to; a personal document when left out. */
  organizationId?: string;
  /** Left out, the server fills the template's document title with the fields. */
  title?: string;
}

/** Creates a document from a template, its sections already laid out. */
export function createDocumentFromTemplate(request: TemplateDocumentRequest): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(BASE, { method: 'POST', body: request });
}

/** Renames a document (editors and owners) and returns it as stored. */
export function renameDocument(id: string, title: string): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', body: { title } });
}

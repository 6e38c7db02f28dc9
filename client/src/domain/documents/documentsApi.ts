import type { ImportReport } from '@van-kien/api';
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

/** What `POST /api/documents` takes. */
export interface NewDocumentRequest {
  /**
   * Chosen on this device (see `newDocumentId`): the server then makes no content of its own and
   * answers a repeat of the same create with the same document.
   */
  id?: string;
  /** Required for an empty document; from a template, left out to use the template's, filled with `fields`. */
  title?: string;
  /** The organization it belongs to; a personal document when left out. */
  organizationId?: string;
  templateId?: string;
  templateVersion?: number;
  /** The template's fields by id, as typed; blank ones print as "…". */
  fields?: Record<string, string>;
}

/** Creates a document (or gets the one this same request created before) and returns it. */
export function createDocumentOnServer(request: NewDocumentRequest): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(BASE, { method: 'POST', body: request });
}

/** Renames a document (editors and owners) and returns it as stored. */
export function renameDocument(id: string, title: string): Promise<DocumentRecord> {
  return apiRequest<DocumentRecord>(`${BASE}/${encodeURIComponent(id)}`, { method: 'PATCH', body: { title } });
}

/** What "Nhập từ Word" takes besides the file. */
export interface ImportWordRequest {
  templateId?: string | undefined;
  organizationId?: string | undefined;
}

/** "Nhập từ Word": a new document from a .docx; answers it with what was dropped and what fit no section. */
export function importWordDocument(file: File, { templateId, organizationId }: ImportWordRequest): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  if (templateId) form.set('templateId', templateId);
  if (organizationId) form.set('organizationId', organizationId);
  return apiRequest<ImportReport>(`${BASE}/import`, { method: 'POST', form });
}

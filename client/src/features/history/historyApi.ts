import type { Comparison, DraftingState, Version, VersionDetail, VersionList } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { Comparison, DraftingState, Version, VersionDetail, VersionList };

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const versionsOf = (documentId: string) => `${documentPath(documentId)}/versions`;

/** The document's versions, newest first (viewers and commenters get named drafts only), and its drafting state. */
export function listVersions(documentId: string, signal?: AbortSignal): Promise<VersionList> {
  return apiRequest<VersionList>(versionsOf(documentId), { signal });
}

/** One version with its text (ProseMirror JSON of the shared schema) and its header. */
export function getVersion(documentId: string, number: number, signal?: AbortSignal): Promise<VersionDetail> {
  return apiRequest<VersionDetail>(`${versionsOf(documentId)}/${number}`, { signal });
}

/** "Lưu thành dự thảo": freezes today's text as the next "Dự thảo lần n" (editors and owners). */
export function freezeDraft(documentId: string, name: string): Promise<Version> {
  const trimmed = name.trim();
  return apiRequest<Version>(versionsOf(documentId), { method: 'POST', body: trimmed ? { name: trimmed } : {} });
}

/** Restores a version (owners): today's text is kept as a version first, and the restore is a new change on top. */
export function restoreVersion(documentId: string, number: number): Promise<{ beforeRestore: Version; restore: Version }> {
  return apiRequest(`${versionsOf(documentId)}/${number}/restore`, { method: 'POST' });
}

/** Marks the document adopted ("Đã thông qua"), or a draft again (owners). */
export function setAdopted(documentId: string, adopted: boolean): Promise<DraftingState> {
  return apiRequest<DraftingState>(`${documentPath(documentId)}/adoption`, { method: adopted ? 'PUT' : 'DELETE' });
}

/** Where a version's .docx downloads from; the session cookie goes along, and the server names the file. */
export function versionDocxUrl(documentId: string, number: number): string {
  return `${versionsOf(documentId)}/${number}/export.docx`;
}

/** Two versions compared, or a version and today's text (`to` = 'current'), section by section. */
export function compareVersions(documentId: string, from: number, to: number | 'current', signal?: AbortSignal): Promise<Comparison> {
  return apiRequest<Comparison>(`${documentPath(documentId)}/compare?from=${from}&to=${to}`, { signal });
}

/** Where the bản so sánh (.docx with Word's tracked changes) of the two sides downloads from. */
export function comparisonDocxUrl(documentId: string, from: number, to: number | 'current'): string {
  return `${documentPath(documentId)}/compare.docx?from=${from}&to=${to}`;
}

import type { DocumentHeader } from '@van-kien/schema';
import { apiRequest } from '../../api/apiRequest.js';

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

/** Where the .docx of a document downloads from; the session cookie goes along, and the server names the file. */
export function docxUrl(documentId: string): string {
  return `${documentPath(documentId)}/export.docx`;
}

/** Where the compilation report (A7) of a document downloads from as .docx. */
export function feedbackReportDocxUrl(documentId: string): string {
  return `${documentPath(documentId)}/feedback-report.docx`;
}

/** The query parameter with which the "In" button opens the print view: print as soon as the text is here. */
export const PRINT_NOW_PARAMETER = 'in-ngay';

/** The path of a document's print view; `printNow` opens the print dialog once it is shown. */
export function printViewPath(documentId: string, printNow = false): string {
  return `/d/${encodeURIComponent(documentId)}/in${printNow ? `?${PRINT_NOW_PARAMETER}` : ''}`;
}

/** What the header prints where nobody set a field, from the document's organization, template and title. */
export function getHeaderDefaults(documentId: string, signal?: AbortSignal): Promise<DocumentHeader> {
  return apiRequest<DocumentHeader>(`${documentPath(documentId)}/header-defaults`, { signal });
}

import type { FeedbackReport, KindCounts, ReportItem } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { FeedbackReport, KindCounts, ReportItem };

/** The report of a document (its editors and owners). */
export function getFeedbackReport(documentId: string, signal?: AbortSignal): Promise<FeedbackReport> {
  return apiRequest<FeedbackReport>(`/api/documents/${encodeURIComponent(documentId)}/feedback-report`, { signal });
}

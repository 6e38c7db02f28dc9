import type { CommentAnswer, CommentKind } from '@van-kien/schema';
import { apiRequest } from '../../api/apiRequest.js';
import type { OrganizationRef, Person, Reply, ThreadStatus } from '../comments/commentModel.js';
import type { Round } from '../rounds/roundsApi.js';

/** One comment of the report, quoted with the passage it concerns and with its answer. */
export interface ReportItem {
  threadId: string;
  kind: CommentKind;
  organization: OrganizationRef | null;
  author: Person;
  body: string;
  /** The passage verbatim as it was when commented on; null for a comment on the whole document. */
  quote: string | null;
  /** The passage is no longer in the text. */
  passageDeleted: boolean;
  replies: Reply[];
  answer: CommentAnswer | null;
  answerText: string | null;
  status: ThreadStatus;
  createdAt: number;
}

export type KindCounts = Record<CommentKind, number>;

/** "Báo cáo tổng hợp ý kiến góp ý" (DOMAIN.md A7) as the server compiles it from the comments. */
export interface FeedbackReport {
  document: { id: string; title: string; organization: OrganizationRef | null };
  generatedAt: number;
  rounds: Round[];
  totals: {
    threads: number;
    byKind: KindCounts;
    byOrganization: { organization: OrganizationRef | null; total: number; byKind: KindCounts }[];
    answered: Record<CommentAnswer, number> & { unanswered: number };
  };
  /** Comments on the whole document, then those on passages outside any section. */
  general: ReportItem[];
  /** Sections with comments in document order, labelled with their number and title ("I. Kết quả đạt được"). */
  sections: { sectionId: string; label: string; items: ReportItem[] }[];
}

/** The report of a document (its editors and owners). */
export function getFeedbackReport(documentId: string, signal?: AbortSignal): Promise<FeedbackReport> {
  return apiRequest<FeedbackReport>(`/api/documents/${encodeURIComponent(documentId)}/feedback-report`, { signal });
}

import type * as Y from 'yjs';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import { callerOn, requireRole } from '../documents/documentGuard.js';
import type { CommentStore } from './CommentStore.js';
import { buildFeedbackReport, type FeedbackReport } from './feedbackReport.js';
import type { RoundStore } from './RoundStore.js';

export interface FeedbackReportServiceOptions {
  access: AccessService;
  accounts: AccountStore;
  comments: CommentStore;
  rounds: RoundStore;
  /** A copy of the document's current content. */
  readDocument: (documentId: string) => Promise<Y.Doc>;
  now?: () => number;
}

/** Produces the compilation report (A7) of a document for the draft's authors, from the stored comments and the current text. */
export class FeedbackReportService {
  constructor(private readonly options: FeedbackReportServiceOptions) {}

  async report(user: User, documentId: string): Promise<FeedbackReport> {
    const { access, accounts, comments, rounds, readDocument, now = Date.now } = this.options;
    const caller = await callerOn(access, user, documentId);
    requireRole(caller, 'editor', 'Chỉ người soạn thảo văn bản (biên tập viên, chủ văn bản) mới xem báo cáo tổng hợp ý kiến');
    const { document } = caller;
    const organization = document.organizationId ? await accounts.getOrganization(document.organizationId) : undefined;
    const generatedAt = now();
    const threads = await comments.listThreads(documentId);
    const documentRounds = await rounds.listRounds(documentId, generatedAt);
    const content = await readDocument(documentId);
    try {
      return buildFeedbackReport({
        document: {
          id: document.id,
          title: document.title,
          organization: organization ? { id: organization.id, name: organization.name } : null,
        },
        threads,
        rounds: documentRounds,
        content,
        generatedAt,
      });
    } finally {
      content.destroy();
    }
  }
}

import type { FeedbackReport, KindCounts, ReportItem } from '@van-kien/api';
import { COMMENT_ANSWERS, COMMENT_KINDS, type CommentAnswer, documentOutline, readDocumentNode, resolveAnchor } from '@van-kien/schema';
import type * as Y from 'yjs';
import type { OrganizationRef, Round, Thread } from './model.js';

export type { FeedbackReport, KindCounts, ReportItem };

export interface FeedbackReportInput {
  document: FeedbackReport['document'];
  threads: readonly Thread[];
  rounds: Round[];
  /** The document's current content: it decides section order and where each passage now is. */
  content: Y.Doc;
  generatedAt: number;
}

/** Where an item sorts within its group: whole-document comments, then passages in text order, then deleted passages. */
interface Placed {
  item: ReportItem;
  sectionId: string | null;
  rank: 0 | 1 | 2;
  position: number;
}

/**
 * Builds the compilation report: every comment that was not deleted, grouped by the section its
 * passage is in now (in document order), in the order of the passages in the text, deleted passages
 * after the others by time; counted by kind, by organization and by answer.
 */
export function buildFeedbackReport({ document, threads, rounds, content, generatedAt }: FeedbackReportInput): FeedbackReport {
  const outline = documentOutline(readDocumentNode(content));
  const placed = threads.filter((t) => !t.deleted).map((t) => place(t, content));
  const bySection = new Map<string, Placed[]>();
  const general: Placed[] = [];
  const known = new Set(outline.map((e) => e.sectionId));
  for (const p of placed) {
    if (p.sectionId === null || !known.has(p.sectionId)) general.push(p);
    else if (bySection.has(p.sectionId)) bySection.get(p.sectionId)!.push(p);
    else bySection.set(p.sectionId, [p]);
  }
  return {
    document,
    generatedAt,
    rounds,
    totals: totalsOf(placed.map((p) => p.item)),
    general: inOrder(general),
    sections: outline
      .filter((e) => bySection.has(e.sectionId))
      .map((e) => ({
        sectionId: e.sectionId,
        label: [e.label, e.title].filter((part) => part !== '').join(' '),
        items: inOrder(bySection.get(e.sectionId)!),
      })),
  };
}

function place(thread: Thread, content: Y.Doc): Placed {
  const item: ReportItem = {
    threadId: thread.id,
    kind: thread.kind,
    organization: thread.organization,
    author: thread.author,
    body: thread.body,
    quote: thread.anchor?.quote ?? null,
    passageDeleted: false,
    replies: thread.replies.filter((r) => !r.deleted),
    answer: thread.answer,
    answerText: thread.answerText,
    status: thread.status,
    draftNumber: thread.draftNumber,
    createdAt: thread.createdAt,
  };
  if (!thread.anchor) return { item, sectionId: null, rank: 0, position: 0 };
  const resolved = resolveAnchor(content, thread.anchor);
  if (resolved.state === 'attached') return { item, sectionId: resolved.sectionId, rank: 1, position: resolved.from };
  return { item: { ...item, passageDeleted: true }, sectionId: resolved.sectionId, rank: 2, position: 0 };
}

function inOrder(placed: Placed[]): ReportItem[] {
  return placed
    .sort(
      (a, b) =>
        a.rank - b.rank || a.position - b.position || a.item.createdAt - b.item.createdAt || a.item.threadId.localeCompare(b.item.threadId),
    )
    .map((p) => p.item);
}

const zeroKinds = (): KindCounts => Object.fromEntries(COMMENT_KINDS.map((k) => [k, 0])) as KindCounts;

function totalsOf(items: ReportItem[]): FeedbackReport['totals'] {
  const byKind = zeroKinds();
  const byOrganization = new Map<string | null, { organization: OrganizationRef | null; total: number; byKind: KindCounts }>();
  const answered = { ...(Object.fromEntries(COMMENT_ANSWERS.map((a) => [a, 0])) as Record<CommentAnswer, number>), unanswered: 0 };
  for (const item of items) {
    byKind[item.kind]++;
    const key = item.organization?.id ?? null;
    const entry = byOrganization.get(key) ?? { organization: item.organization, total: 0, byKind: zeroKinds() };
    entry.total++;
    entry.byKind[item.kind]++;
    byOrganization.set(key, entry);
    if (item.answer) answered[item.answer]++;
    else answered.unanswered++;
  }
  return {
    threads: items.length,
    byKind,
    // Organizations by name; comments that speak for none last.
    byOrganization: [...byOrganization.values()].sort((a, b) =>
      a.organization && b.organization
        ? a.organization.name.localeCompare(b.organization.name, 'vi')
        : a.organization
          ? -1
          : b.organization
            ? 1
            : 0,
    ),
    answered,
  };
}

import type { Thread } from '../../../domain/comments/commentModel.js';
import type { SectionHeading } from '../threadGrouping.js';

/** For unit tests: a stored thread, with `change` applied. */
export function testThread(id: string, change: Partial<Thread> = {}): Thread {
  return {
    id,
    documentId: 'doc1',
    roundId: null,
    draftNumber: null,
    anchor: null,
    kind: 'dong-y',
    author: { id: 'owner', displayName: 'Nguyễn Văn Bình' },
    organization: null,
    body: `Ý kiến ${id}`,
    createdAt: 1,
    editedAt: null,
    deleted: false,
    status: 'open',
    answer: null,
    answerText: null,
    answeredBy: null,
    answeredAt: null,
    replies: [],
    ...change,
  };
}

/** An anchor in `sectionId`; only its section matters to grouping and filters. */
export function testAnchor(sectionId: string | null): NonNullable<Thread['anchor']> {
  return { sectionId, start: 'AA==', end: 'AA==', quote: 'đoạn', prefix: '', suffix: '' };
}

/** A template document's outline: I. (with 1. and 2.), II. */
export const TEST_OUTLINE: SectionHeading[] = [
  { sectionId: 's1', label: 'I.', title: 'Kết quả đạt được', position: 0, depth: 0 },
  { sectionId: 's1a', label: '1.', title: 'Về kinh tế', position: 10, depth: 1 },
  { sectionId: 's1b', label: '2.', title: 'Về xây dựng Đảng', position: 40, depth: 1 },
  { sectionId: 's2', label: 'II.', title: 'Phương hướng', position: 80, depth: 0 },
];

import { describe, expect, it } from 'vitest';
import type { Thread } from '../../../domain/comments/commentModel.js';
import { testThread } from '../testing/commentTestData.js';
import {
  afterConflict,
  deliverable,
  entriesOf,
  entryKey,
  failureOutcome,
  type OutboxEntry,
  outboxDiff,
  withChange,
} from './outboxEntries.js';

const DOC = 'doc1';
const newThread = {
  type: 'thread',
  documentId: DOC,
  threadId: 't1',
  anchor: null,
  kind: 'bo-sung',
  body: 'Đề nghị bổ sung số liệu.',
} as const;
const newReply = { type: 'reply', documentId: DOC, threadId: 't1', replyId: 'r1', body: 'Đồng ý với ý kiến trên.' } as const;

const stored = (change: Partial<Thread> = {}) =>
  testThread('t1', { author: { id: 'me', displayName: 'Lê Thị Hoa' }, kind: 'bo-sung', body: 'Đề nghị bổ sung số liệu.', ...change });

describe('the comment outbox queue', () => {
  it('keeps each new comment and reply as an entry of its own, in the order written', () => {
    const entries = withChange(withChange([], newThread, 10), newReply, 20);
    expect(entries.map((entry) => [entry.key, entry.queuedAt, entry.refusal])).toEqual([
      ['thread:doc1/t1', 10, null],
      ['reply:doc1/t1/r1', 20, null],
    ]);
  });

  it('folds an edit of a comment not sent yet into the comment itself, so the server never sees an edit of something it lacks', () => {
    let entries = withChange([], newThread, 10);
    entries = withChange(entries, { type: 'thread-edit', documentId: DOC, threadId: 't1', kind: 'sua-doi', body: 'Sửa lại câu này.' }, 20);
    expect(entries).toEqual([
      { ...newThread, key: 'thread:doc1/t1', queuedAt: 10, refusal: null, kind: 'sua-doi', body: 'Sửa lại câu này.' },
    ]);

    entries = withChange(
      withChange(entries, newReply, 30),
      { type: 'reply-edit', documentId: DOC, threadId: 't1', replyId: 'r1', body: 'Đã sửa.' },
      40,
    );
    expect(entries.map((entry) => [entry.type, entry.body])).toEqual([
      ['thread', 'Sửa lại câu này.'],
      ['reply', 'Đã sửa.'],
    ]);
  });

  it('replaces an earlier edit of a stored comment by the later one, keeping its place in the queue', () => {
    const edit = { type: 'thread-edit', documentId: DOC, threadId: 't9', kind: 'khac', body: 'Lần một.' } as const;
    let entries = withChange([], edit, 10);
    entries = withChange(entries, newReply, 15);
    entries = withChange(entries, { ...edit, body: 'Lần hai.' }, 20);
    expect(entries.map((entry) => [entry.key, entry.body, entry.queuedAt])).toEqual([
      ['thread-edit:doc1/t9', 'Lần hai.', 10],
      ['reply:doc1/t1/r1', 'Đồng ý với ý kiến trên.', 15],
    ]);
  });

  it('forgets a refusal when the person changes what they send', () => {
    const refused: OutboxEntry[] = [
      { ...newThread, key: entryKey('thread', DOC, 't1'), queuedAt: 10, refusal: 'Đợt lấy ý kiến đã kết thúc' },
    ];
    expect(deliverable(refused)).toEqual([]);
    const edited = withChange(
      refused,
      { type: 'thread-edit', documentId: DOC, threadId: 't1', kind: 'bo-sung', body: 'Nội dung mới.' },
      20,
    );
    expect(deliverable(edited).map((entry) => entry.body)).toEqual(['Nội dung mới.']);
  });

  it('sends oldest first, holds a reply back until its thread is stored, and never sends a refused entry', () => {
    const otherThread = { ...newThread, threadId: 't2', body: 'Ý kiến khác.' };
    let entries = withChange(withChange(withChange([], newThread, 10), newReply, 20), otherThread, 30);
    expect(deliverable(entries).map((entry) => entry.key)).toEqual(['thread:doc1/t1', 'thread:doc1/t2']);
    entries = entries.filter((entry) => entry.key !== 'thread:doc1/t1');
    expect(deliverable(entries).map((entry) => entry.key)).toEqual(['reply:doc1/t1/r1', 'thread:doc1/t2']);
    entries = entries.map((entry) => (entry.key === 'reply:doc1/t1/r1' ? { ...entry, refusal: 'Không tìm thấy' } : entry));
    expect(deliverable(entries).map((entry) => entry.key)).toEqual(['thread:doc1/t2']);
  });

  it('tries again later when the server could not answer, and shows any other refusal', () => {
    expect([0, 401, 408, 429, 500, 503].map(failureOutcome)).toEqual(Array(6).fill('try-later'));
    expect([400, 403, 404, 410, 422].map(failureOutcome)).toEqual(Array(5).fill('refused'));
    expect(failureOutcome(409)).toBe('conflict');
  });

  it('turns a new comment whose id the server already holds as ours into an edit of it; someone else’s is a refusal', () => {
    const [entry] = withChange([], { ...newThread, body: 'Sửa sau khi đã gửi.' }, 10);
    expect(afterConflict(entry!, [stored()], 'me', 'Trùng mã')).toEqual({
      type: 'thread-edit',
      key: 'thread-edit:doc1/t1',
      documentId: DOC,
      threadId: 't1',
      kind: 'bo-sung',
      body: 'Sửa sau khi đã gửi.',
      queuedAt: 10,
      refusal: null,
    });
    expect(afterConflict(entry!, [stored({ author: { id: 'other', displayName: 'Người khác' } })], 'me', 'Trùng mã').refusal).toBe(
      'Trùng mã',
    );

    const [reply] = withChange([], newReply, 20);
    const ownReply = {
      id: 'r1',
      author: { id: 'me', displayName: 'Lê Thị Hoa' },
      organization: null,
      body: 'cũ',
      createdAt: 2,
      editedAt: null,
      deleted: false,
    };
    expect(afterConflict(reply!, [stored({ replies: [ownReply] })], 'me', 'Trùng mã')).toMatchObject({
      type: 'reply-edit',
      key: 'reply-edit:doc1/t1/r1',
      body: newReply.body,
    });
    expect(afterConflict(reply!, [], 'me', 'Trùng mã').refusal).toBe('Trùng mã');
  });

  it('writes only what changed', () => {
    const before = withChange(withChange([], newThread, 10), newReply, 20);
    const after = [{ ...before[0]!, refusal: 'Bị từ chối' }];
    expect(outboxDiff(before, after)).toEqual({ put: after, removed: ['reply:doc1/t1/r1'] });
    expect(outboxDiff(before, before)).toEqual({ put: [], removed: [] });
  });

  it('picks the entries of one document', () => {
    const entries = withChange(withChange([], newThread, 10), { ...newThread, documentId: 'doc2' }, 20);
    expect(entriesOf(entries, 'doc2').map((entry) => entry.key)).toEqual(['thread:doc2/t1']);
  });
});

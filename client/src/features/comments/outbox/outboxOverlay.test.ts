import { describe, expect, it } from 'vitest';
import type { Reply, Thread } from '../../../domain/comments/commentModel.js';
import { testThread } from '../testing/commentTestData.js';
import { type OutboxEntry, withChange } from './outboxEntries.js';
import { overlayOutbox } from './outboxOverlay.js';

const DOC = 'doc1';
const me = { id: 'me', displayName: 'Lê Thị Hoa' };
const owner = { id: 'owner', displayName: 'Nguyễn Văn Bình' };

const reply = (id: string, body: string): Reply => ({
  id,
  author: owner,
  organization: null,
  body,
  createdAt: 5,
  editedAt: null,
  deleted: false,
});
const thread = (id: string, change: Partial<Thread> = {}) =>
  testThread(id, { author: owner, organization: { id: 'cb3', name: 'Chi bộ Khu phố 3' }, ...change });

describe('comments shown with what this device has not delivered', () => {
  it('shows the server’s threads as they are when nothing waits', () => {
    const { threads, unplaced } = overlayOutbox([thread('a', { replies: [reply('r', 'Trả lời')] })], [], me);
    expect(threads).toEqual([{ ...thread('a'), delivery: null, replies: [{ ...reply('r', 'Trả lời'), delivery: null }] }]);
    expect(unplaced).toEqual([]);
  });

  it('adds a new thread as written by the person, with a reply to it, both marked not sent', () => {
    let entries: OutboxEntry[] = withChange(
      [],
      { type: 'thread', documentId: DOC, threadId: 'n', anchor: null, kind: 'bo-sung', body: 'Góp ý mới' },
      50,
    );
    entries = withChange(entries, { type: 'reply', documentId: DOC, threadId: 'n', replyId: 'nr', body: 'Thêm ý' }, 60);
    const { threads } = overlayOutbox([thread('a')], entries, me);
    expect(threads.map((t) => t.id)).toEqual(['a', 'n']);
    const added = threads[1]!;
    expect(added).toMatchObject({
      author: me,
      organization: null,
      kind: 'bo-sung',
      body: 'Góp ý mới',
      createdAt: 50,
      status: 'open',
      delivery: { state: 'pending', key: 'thread:doc1/n' },
    });
    expect(added.replies).toEqual([
      {
        id: 'nr',
        author: me,
        organization: null,
        body: 'Thêm ý',
        createdAt: 60,
        editedAt: null,
        deleted: false,
        delivery: { state: 'pending', key: 'reply:doc1/n/nr' },
      },
    ]);
  });

  it('shows an edit as the new text, and a refusal with the server’s message', () => {
    let entries: OutboxEntry[] = withChange(
      [],
      { type: 'thread-edit', documentId: DOC, threadId: 'a', kind: 'sua-doi', body: 'Sửa lại' },
      70,
    );
    entries = withChange(entries, { type: 'reply-edit', documentId: DOC, threadId: 'a', replyId: 'r', body: 'Trả lời đã sửa' }, 80);
    entries = entries.map((entry) => (entry.type === 'thread-edit' ? { ...entry, refusal: 'Đợt lấy ý kiến đã kết thúc' } : entry));
    const [shown] = overlayOutbox([thread('a', { replies: [reply('r', 'Trả lời')] })], entries, me).threads;
    expect(shown).toMatchObject({
      kind: 'sua-doi',
      body: 'Sửa lại',
      editedAt: 70,
      delivery: { state: 'refused', message: 'Đợt lấy ý kiến đã kết thúc' },
    });
    expect(shown!.replies[0]).toMatchObject({ body: 'Trả lời đã sửa', editedAt: 80, delivery: { state: 'pending' } });
  });

  it('shows a new thread the server already stored once, with the local text', () => {
    const entries = withChange([], { type: 'thread', documentId: DOC, threadId: 'a', anchor: null, kind: 'khac', body: 'Bản mới hơn' }, 90);
    const { threads } = overlayOutbox([thread('a')], entries, me);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ author: owner, body: 'Bản mới hơn', kind: 'khac', delivery: { state: 'pending' } });
  });

  it('keeps apart the edits and replies whose comment the server no longer has, instead of losing them', () => {
    let entries: OutboxEntry[] = withChange([], { type: 'reply', documentId: DOC, threadId: 'gone', replyId: 'x', body: 'Trả lời' }, 10);
    entries = withChange(entries, { type: 'reply-edit', documentId: DOC, threadId: 'a', replyId: 'gone', body: 'Sửa' }, 20);
    entries = withChange(entries, { type: 'thread-edit', documentId: DOC, threadId: 'gone', kind: 'khac', body: 'Sửa' }, 30);
    const { threads, unplaced } = overlayOutbox([thread('a')], entries, me);
    expect(threads).toEqual([{ ...thread('a'), delivery: null, replies: [] }]);
    expect(unplaced.map((entry) => entry.key)).toEqual(['reply:doc1/gone/x', 'reply-edit:doc1/a/gone', 'thread-edit:doc1/gone']);
  });
});

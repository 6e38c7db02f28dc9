import type { PassageAnchor } from '@van-kien/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { Storage } from '../storage/Storage.js';
import { createPeople } from '../storage/testing/createPeople.js';
import type { CommentStore, NewReply, NewThread } from './CommentStore.js';
import type { NewNotification } from './model.js';
import type { NotificationStore } from './NotificationStore.js';
import type { RoundStore } from './RoundStore.js';

/** A fresh, empty comment store, and the stores on the same database that its fixtures need. */
export interface CommentStoreSubject {
  comments: CommentStore;
  /** Authors and the organizations they speak for. */
  accounts: Pick<AccountStore, 'createUser' | 'createOrganization'>;
  storage: Pick<Storage, 'createDocument'>;
  /** Rounds comments are made in. */
  rounds: Pick<RoundStore, 'createRound'>;
  /** To see the notifications a write took along. */
  notifications: Pick<NotificationStore, 'listForUser'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

const anchor: PassageAnchor = { sectionId: 's1', start: 'AAE=', end: 'AAI=', quote: 'kết quả đạt được', prefix: 'I. ', suffix: ' trong' };

const newThread = (id: string, overrides: Partial<NewThread> = {}): NewThread => ({
  id,
  documentId: 'd1',
  roundId: null,
  draftNumber: null,
  authorId: 'an',
  organizationId: null,
  anchor: null,
  kind: 'bo-sung',
  body: `Ý kiến ${id}`,
  createdAt: 100,
  ...overrides,
});

const newReply = (id: string, threadId: string, overrides: Partial<NewReply> = {}): NewReply => ({
  id,
  threadId,
  authorId: 'binh',
  organizationId: null,
  body: `Trả lời ${id}`,
  createdAt: 200,
  ...overrides,
});

const notification = (id: string, userId: string, threadId: string, kind: NewNotification['kind'] = 'comment'): NewNotification => ({
  id,
  userId,
  kind,
  documentId: 'd1',
  threadId,
  actorId: 'an',
  createdAt: 100,
});

/** The behaviour every `CommentStore` implementation must have; run once per implementation. */
export function commentStoreContractSuite(name: string, open: () => Promise<CommentStoreSubject>): void {
  describe(`${name} satisfies the comment store contract`, () => {
    let subject: CommentStoreSubject;
    let comments: CommentStore;
    beforeEach(async () => {
      subject = await open();
      comments = subject.comments;
      await createPeople(subject.accounts, [
        ['an', 'Nguyễn An'],
        ['binh', 'Trần Bình'],
        ['chi', 'Lê Chi'],
      ]);
      await subject.accounts.createOrganization({ id: 'cb1', name: 'Chi bộ 1', kind: 'chi_bo', parentId: null, now: 1 });
      await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
      await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
      await subject.rounds.createRound(
        {
          id: 'r1',
          documentId: 'd1',
          title: 'Đợt 1',
          deadline: 10_000,
          createdBy: 'chi',
          organizationIds: ['cb1'],
          draftNumber: null,
          createdAt: 1,
        },
        [],
      );
    });
    afterEach(async () => {
      await subject.close();
    });

    const notified = async (userId: string) => (await subject.notifications.listForUser(userId, 100)).map((n) => n.id);

    describe('threads', () => {
      it('stores a thread and answers it as stored, naming its author and the organization they speak for', async () => {
        const stored = await comments.insertThread(
          newThread('t1', {
            roundId: 'r1',
            draftNumber: 2,
            organizationId: 'cb1',
            anchor,
            kind: 'sua-doi',
            body: 'Sửa câu này',
            createdAt: 123,
          }),
          [],
        );
        expect(stored).toEqual({
          id: 't1',
          documentId: 'd1',
          roundId: 'r1',
          draftNumber: 2,
          author: { id: 'an', displayName: 'Nguyễn An' },
          organization: { id: 'cb1', name: 'Chi bộ 1' },
          anchor,
          kind: 'sua-doi',
          body: 'Sửa câu này',
          createdAt: 123,
          editedAt: null,
          deleted: false,
          status: 'open',
          answer: null,
          answerText: null,
          answeredBy: null,
          answeredAt: null,
          replies: [],
        });
        expect(await comments.getThread('d1', 't1')).toEqual(stored);
      });

      it('stores a comment on the whole document without an anchor or organization', async () => {
        const stored = await comments.insertThread(newThread('t1'), []);
        expect(stored).toMatchObject({ anchor: null, organization: null, roundId: null });
      });

      it('keeps only the anchor’s own fields, nothing else sent along with it', async () => {
        const sent = { ...anchor, html: '<script>', extra: 1 } as PassageAnchor;
        await comments.insertThread(newThread('t1', { anchor: sent }), []);
        expect((await comments.getThread('d1', 't1'))?.anchor).toEqual(anchor);
      });

      it('takes the notifications of a new thread along', async () => {
        await comments.insertThread(newThread('t1'), [notification('n1', 'binh', 't1'), notification('n2', 'chi', 't1')]);
        expect(await notified('binh')).toEqual(['n1']);
        expect(await notified('chi')).toEqual(['n2']);
      });

      it('refuses a thread id already taken, even in another document, writing nothing', async () => {
        await comments.insertThread(newThread('t1', { body: 'first' }), []);
        expect(await comments.insertThread(newThread('t1', { body: 'second' }), [notification('n1', 'binh', 't1')])).toBeUndefined();
        expect(await comments.insertThread(newThread('t1', { documentId: 'd2' }), [notification('n2', 'binh', 't1')])).toBeUndefined();
        expect((await comments.getThread('d1', 't1'))?.body).toBe('first');
        expect(await comments.listThreads('d2')).toEqual([]);
        expect(await notified('binh')).toEqual([]);
      });

      it('finds a thread only in its own document', async () => {
        await comments.insertThread(newThread('t1'), []);
        expect(await comments.getThread('d2', 't1')).toBeUndefined();
        expect(await comments.getThread('d1', 'missing')).toBeUndefined();
      });

      it('lists a document’s threads oldest first, in the order stored when made at the same time, each with its replies oldest first', async () => {
        await comments.insertThread(newThread('late', { createdAt: 300 }), []);
        await comments.insertThread(newThread('early', { createdAt: 100 }), []);
        await comments.insertThread(newThread('same-b', { createdAt: 200 }), []);
        await comments.insertThread(newThread('same-a', { createdAt: 200 }), []);
        await comments.insertThread(newThread('elsewhere', { documentId: 'd2', createdAt: 50 }), []);
        await comments.insertReply(newReply('r-late', 'early', { createdAt: 500 }), []);
        await comments.insertReply(newReply('r-early', 'early', { createdAt: 400 }), []);
        await comments.insertReply(newReply('r-same-b', 'early', { createdAt: 450 }), []);
        await comments.insertReply(newReply('r-same-a', 'early', { createdAt: 450 }), []);
        const threads = await comments.listThreads('d1');
        expect(threads.map((t) => t.id)).toEqual(['early', 'same-b', 'same-a', 'late']);
        expect(threads[0]!.replies.map((r) => r.id)).toEqual(['r-early', 'r-same-b', 'r-same-a', 'r-late']);
        expect(threads[1]!.replies).toEqual([]);
        expect(await comments.listThreads('no-comments')).toEqual([]);
      });

      it('edits a thread’s body or kind, keeping what the change leaves out, and records when', async () => {
        await comments.insertThread(newThread('t1', { kind: 'bo-sung', body: 'old' }), []);
        expect(await comments.editThread('d1', 't1', { body: 'new' }, 500)).toMatchObject({ body: 'new', kind: 'bo-sung', editedAt: 500 });
        expect(await comments.editThread('d1', 't1', { kind: 'dong-y' }, 600)).toMatchObject({
          body: 'new',
          kind: 'dong-y',
          editedAt: 600,
        });
        expect(await comments.getThread('d1', 't1')).toMatchObject({ body: 'new', kind: 'dong-y', editedAt: 600 });
      });

      it('editing a thread of another document, or a missing one, answers undefined and changes nothing', async () => {
        await comments.insertThread(newThread('t1', { body: 'old' }), []);
        expect(await comments.editThread('d2', 't1', { body: 'new' }, 500)).toBeUndefined();
        expect(await comments.editThread('d1', 'missing', { body: 'new' }, 500)).toBeUndefined();
        expect(await comments.getThread('d1', 't1')).toMatchObject({ body: 'old', editedAt: null });
      });

      it('does not edit a thread that was deleted', async () => {
        await comments.insertThread(newThread('t1'), []);
        await comments.insertReply(newReply('r1', 't1', { authorId: 'binh' }), []);
        await comments.deleteThread('d1', 't1');
        await comments.editThread('d1', 't1', { body: 'back again' }, 500);
        expect(await comments.getThread('d1', 't1')).toMatchObject({ body: '', deleted: true, editedAt: null });
      });
    });

    describe('deleting threads', () => {
      it('deletes a thread nobody else replied to, with its author’s own replies and the notifications about it', async () => {
        await comments.insertThread(newThread('t1', { authorId: 'an' }), [notification('n1', 'binh', 't1')]);
        await comments.insertReply(newReply('r1', 't1', { authorId: 'an' }), [notification('n2', 'binh', 't1', 'reply')]);
        await comments.deleteThread('d1', 't1');
        expect(await comments.getThread('d1', 't1')).toBeUndefined();
        expect(await comments.listThreads('d1')).toEqual([]);
        expect(await notified('binh')).toEqual([]);
      });

      it('keeps the place of a deleted thread others replied to, its body emptied, with their replies', async () => {
        await comments.insertThread(newThread('t1', { authorId: 'an', body: 'gone' }), []);
        await comments.insertReply(newReply('r1', 't1', { authorId: 'binh', body: 'kept' }), []);
        await comments.deleteThread('d1', 't1');
        const kept = await comments.getThread('d1', 't1');
        expect(kept).toMatchObject({ id: 't1', body: '', deleted: true });
        expect(kept?.replies.map((r) => [r.id, r.body])).toEqual([['r1', 'kept']]);
        expect((await comments.listThreads('d1')).map((t) => t.id)).toEqual(['t1']);
      });

      it('deletes outright a thread whose replies by others were all deleted', async () => {
        await comments.insertThread(newThread('t1', { authorId: 'an' }), []);
        await comments.insertReply(newReply('r1', 't1', { authorId: 'binh' }), []);
        await comments.deleteReply('t1', 'r1');
        await comments.deleteThread('d1', 't1');
        expect(await comments.getThread('d1', 't1')).toBeUndefined();
      });

      it('deleting a thread of another document changes nothing', async () => {
        await comments.insertThread(newThread('t1'), []);
        await comments.deleteThread('d2', 't1');
        expect(await comments.getThread('d1', 't1')).toMatchObject({ deleted: false, body: 'Ý kiến t1' });
      });
    });

    describe('answers and status', () => {
      it('answers a thread, naming who answered, and takes the notifications along', async () => {
        await comments.insertThread(newThread('t1'), []);
        const answered = await comments.answerThread(
          'd1',
          't1',
          { answer: 'giai-trinh', text: 'Đã có ở mục II', answeredBy: 'chi', answeredAt: 700 },
          [notification('n1', 'an', 't1', 'answer')],
        );
        expect(answered).toMatchObject({
          answer: 'giai-trinh',
          answerText: 'Đã có ở mục II',
          answeredBy: { id: 'chi', displayName: 'Lê Chi' },
          answeredAt: 700,
        });
        expect(await comments.getThread('d1', 't1')).toEqual(answered);
        expect(await notified('an')).toEqual(['n1']);
      });

      it('answering again replaces the answer', async () => {
        await comments.insertThread(newThread('t1'), []);
        await comments.answerThread('d1', 't1', { answer: 'giai-trinh', text: 'Vì…', answeredBy: 'chi', answeredAt: 700 }, []);
        const again = await comments.answerThread('d1', 't1', { answer: 'tiep-thu', text: null, answeredBy: 'binh', answeredAt: 800 }, []);
        expect(again).toMatchObject({
          answer: 'tiep-thu',
          answerText: null,
          answeredBy: { id: 'binh', displayName: 'Trần Bình' },
          answeredAt: 800,
        });
      });

      it('answering a missing, deleted or other document’s thread answers undefined and notifies nobody', async () => {
        await comments.insertThread(newThread('t1'), []);
        await comments.insertThread(newThread('t2', { authorId: 'an' }), []);
        await comments.insertReply(newReply('r1', 't2', { authorId: 'binh' }), []);
        await comments.deleteThread('d1', 't2');
        const answer = { answer: 'tiep-thu' as const, text: null, answeredBy: 'chi', answeredAt: 700 };
        expect(await comments.answerThread('d1', 'missing', answer, [notification('n1', 'an', 't1', 'answer')])).toBeUndefined();
        expect(await comments.answerThread('d2', 't1', answer, [notification('n2', 'an', 't1', 'answer')])).toBeUndefined();
        expect(await comments.answerThread('d1', 't2', answer, [notification('n3', 'an', 't2', 'answer')])).toBeUndefined();
        expect(await comments.getThread('d1', 't1')).toMatchObject({ answer: null });
        expect(await comments.getThread('d1', 't2')).toMatchObject({ answer: null });
        expect(await notified('an')).toEqual([]);
      });

      it('resolves and reopens a thread', async () => {
        await comments.insertThread(newThread('t1'), []);
        expect(await comments.setThreadStatus('d1', 't1', 'resolved')).toMatchObject({ status: 'resolved' });
        expect((await comments.getThread('d1', 't1'))?.status).toBe('resolved');
        expect(await comments.setThreadStatus('d1', 't1', 'open')).toMatchObject({ status: 'open' });
      });

      it('setting the status of a missing or other document’s thread answers undefined and changes nothing', async () => {
        await comments.insertThread(newThread('t1'), []);
        expect(await comments.setThreadStatus('d1', 'missing', 'resolved')).toBeUndefined();
        expect(await comments.setThreadStatus('d2', 't1', 'resolved')).toBeUndefined();
        expect((await comments.getThread('d1', 't1'))?.status).toBe('open');
      });
    });

    describe('replies', () => {
      beforeEach(async () => {
        await comments.insertThread(newThread('t1'), []);
        await comments.insertThread(newThread('t2'), []);
      });

      it('stores a reply, with its notifications, and shows it in its thread', async () => {
        const reply = await comments.insertReply(newReply('r1', 't1', { organizationId: 'cb1', body: 'Đồng ý', createdAt: 250 }), [
          notification('n1', 'an', 't1', 'reply'),
        ]);
        expect(reply).toEqual({
          id: 'r1',
          author: { id: 'binh', displayName: 'Trần Bình' },
          organization: { id: 'cb1', name: 'Chi bộ 1' },
          body: 'Đồng ý',
          createdAt: 250,
          editedAt: null,
          deleted: false,
        });
        expect((await comments.getThread('d1', 't1'))?.replies).toEqual([reply]);
        expect(await notified('an')).toEqual(['n1']);
      });

      it('refuses a reply id already taken, even in another thread, writing nothing', async () => {
        await comments.insertReply(newReply('r1', 't1', { body: 'first' }), []);
        expect(
          await comments.insertReply(newReply('r1', 't1', { body: 'second' }), [notification('n1', 'an', 't1', 'reply')]),
        ).toBeUndefined();
        expect(await comments.insertReply(newReply('r1', 't2'), [notification('n2', 'an', 't2', 'reply')])).toBeUndefined();
        expect((await comments.getThread('d1', 't1'))?.replies.map((r) => r.body)).toEqual(['first']);
        expect((await comments.getThread('d1', 't2'))?.replies).toEqual([]);
        expect(await notified('an')).toEqual([]);
      });

      it('edits a reply and records when', async () => {
        await comments.insertReply(newReply('r1', 't1'), []);
        expect(await comments.editReply('t1', 'r1', 'Sửa lại', 900)).toMatchObject({ id: 'r1', body: 'Sửa lại', editedAt: 900 });
        expect((await comments.getThread('d1', 't1'))?.replies[0]).toMatchObject({ body: 'Sửa lại', editedAt: 900 });
      });

      it('editing a reply of another thread, a missing or a deleted one changes nothing', async () => {
        await comments.insertReply(newReply('r1', 't1', { body: 'old' }), []);
        await comments.insertReply(newReply('r2', 't1'), []);
        await comments.deleteReply('t1', 'r2');
        expect(await comments.editReply('t2', 'r1', 'new', 900)).toBeUndefined();
        expect(await comments.editReply('t1', 'missing', 'new', 900)).toBeUndefined();
        await comments.editReply('t1', 'r2', 'back again', 900);
        expect((await comments.getThread('d1', 't1'))?.replies.map((r) => [r.body, r.editedAt])).toEqual([
          ['old', null],
          ['', null],
        ]);
      });

      it('deletes a reply by emptying it; it keeps its place in the conversation', async () => {
        await comments.insertReply(newReply('r1', 't1', { createdAt: 200 }), []);
        await comments.insertReply(newReply('r2', 't1', { createdAt: 300 }), []);
        await comments.insertReply(newReply('r3', 't1', { createdAt: 400 }), []);
        await comments.deleteReply('t1', 'r2');
        const replies = (await comments.getThread('d1', 't1'))!.replies;
        expect(replies.map((r) => [r.id, r.body, r.deleted])).toEqual([
          ['r1', 'Trả lời r1', false],
          ['r2', '', true],
          ['r3', 'Trả lời r3', false],
        ]);
        expect((await comments.listThreads('d1'))[0]!.replies).toEqual(replies);
      });

      it('deleting a reply through another thread changes nothing', async () => {
        await comments.insertReply(newReply('r1', 't1'), []);
        await comments.deleteReply('t2', 'r1');
        expect((await comments.getThread('d1', 't1'))?.replies[0]).toMatchObject({ deleted: false, body: 'Trả lời r1' });
      });
    });
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { Storage } from '../storage/Storage.js';
import { createPeople } from '../storage/testing/createPeople.js';
import type { CommentStore } from './CommentStore.js';
import type { NewNotification } from './model.js';
import type { NotificationStore } from './NotificationStore.js';
import type { RoundStore } from './RoundStore.js';

/**
 * A fresh, empty notification store, and the stores on the same database that write notifications
 * (along with the change they tell of) and that its fixtures need.
 */
export interface NotificationStoreSubject {
  notifications: NotificationStore;
  accounts: Pick<AccountStore, 'createUser'>;
  storage: Pick<Storage, 'createDocument' | 'renameDocument'>;
  comments: Pick<CommentStore, 'insertThread'>;
  rounds: Pick<RoundStore, 'createRound'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

interface Told {
  id: string;
  userId: string;
  documentId?: string;
  createdAt?: number;
  kind?: NewNotification['kind'];
}

/** The behaviour every `NotificationStore` implementation must have; run once per implementation. */
export function notificationStoreContractSuite(name: string, open: () => Promise<NotificationStoreSubject>): void {
  describe(`${name} satisfies the notification store contract`, () => {
    let subject: NotificationStoreSubject;
    let notifications: NotificationStore;
    beforeEach(async () => {
      subject = await open();
      notifications = subject.notifications;
      await createPeople(subject.accounts, [
        ['an', 'Nguyễn An'],
        ['binh', 'Trần Bình'],
        ['chi', 'Lê Chi'],
      ]);
      await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
      await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
    });
    afterEach(async () => {
      await subject.close();
    });

    let threads = 0;
    /** Notifications about a new comment by An, written as the comment store writes them: along with it. */
    const tell = async (...told: Told[]) => {
      const documentId = told[0]?.documentId ?? 'd1';
      const threadId = `t${threads++}`;
      await subject.comments.insertThread(
        {
          id: threadId,
          documentId,
          roundId: null,
          draftNumber: null,
          authorId: 'an',
          organizationId: null,
          anchor: null,
          kind: 'khac',
          body: 'x',
          createdAt: 1,
        },
        told.map((t) => ({ kind: 'comment', documentId, threadId, actorId: 'an', createdAt: 100, ...t })),
      );
      return threadId;
    };
    const listed = async (userId: string, limit = 100) => (await notifications.listForUser(userId, limit)).map((n) => n.id);

    it('lists a user’s notification naming its document, thread and who acted, unread', async () => {
      const threadId = await tell({ id: 'n1', userId: 'binh', createdAt: 123 });
      expect(await notifications.listForUser('binh', 10)).toEqual([
        {
          id: 'n1',
          kind: 'comment',
          document: { id: 'd1', title: 'Báo cáo chính trị' },
          threadId,
          actor: { id: 'an', displayName: 'Nguyễn An' },
          createdAt: 123,
          read: false,
        },
      ]);
    });

    it('lists a round’s notification without a thread', async () => {
      await subject.rounds.createRound(
        {
          id: 'r1',
          documentId: 'd1',
          title: 'Đợt 1',
          deadline: 1000,
          createdBy: 'an',
          organizationIds: [],
          draftNumber: null,
          createdAt: 100,
        },
        [{ id: 'n1', userId: 'binh', kind: 'round', documentId: 'd1', threadId: null, actorId: 'an', createdAt: 100 }],
      );
      expect(await notifications.listForUser('binh', 10)).toMatchObject([{ id: 'n1', kind: 'round', threadId: null }]);
    });

    it('names the document by its current title', async () => {
      await tell({ id: 'n1', userId: 'binh' });
      await subject.storage.renameDocument('d1', 'Báo cáo chính trị (dự thảo 2)', 5);
      expect((await notifications.listForUser('binh', 10))[0]?.document).toEqual({ id: 'd1', title: 'Báo cáo chính trị (dự thảo 2)' });
    });

    it('lists newest first, and of those made at the same time the one stored later first', async () => {
      await tell({ id: 'old', userId: 'binh', createdAt: 100 });
      await tell({ id: 'new', userId: 'binh', createdAt: 300 });
      await tell({ id: 'same-a', userId: 'binh', createdAt: 200 });
      await tell({ id: 'same-b', userId: 'binh', createdAt: 200 });
      expect(await listed('binh')).toEqual(['new', 'same-b', 'same-a', 'old']);
    });

    it('lists at most the limit, the newest', async () => {
      for (let i = 1; i <= 5; i++) await tell({ id: `n${i}`, userId: 'binh', createdAt: i });
      expect(await listed('binh', 2)).toEqual(['n5', 'n4']);
    });

    it('lists only the user’s own notifications', async () => {
      await tell({ id: 'to-binh', userId: 'binh' }, { id: 'to-chi', userId: 'chi' });
      expect(await listed('binh')).toEqual(['to-binh']);
      expect(await listed('chi')).toEqual(['to-chi']);
      expect(await listed('an')).toEqual([]);
    });

    it('counts the user’s unread notifications per document, and none as an empty map', async () => {
      await tell({ id: 'a', userId: 'binh' });
      await tell({ id: 'b', userId: 'binh' }, { id: 'c', userId: 'chi' });
      await tell({ id: 'd', userId: 'binh', documentId: 'd2' });
      await notifications.markRead('binh', ['a'], 500);
      expect(await notifications.unreadByDocument('binh')).toEqual(
        new Map([
          ['d1', 1],
          ['d2', 1],
        ]),
      );
      expect(await notifications.unreadByDocument('an')).toEqual(new Map());
    });

    it('marks the user’s notifications read, ignoring the ids of others’ notifications among them', async () => {
      await tell({ id: 'mine-1', userId: 'binh' }, { id: 'theirs', userId: 'chi' });
      await tell({ id: 'mine-2', userId: 'binh' });
      await notifications.markRead('binh', ['mine-1', 'theirs'], 500);
      expect((await notifications.listForUser('binh', 10)).map((n) => [n.id, n.read])).toEqual([
        ['mine-2', false],
        ['mine-1', true],
      ]);
      expect((await notifications.listForUser('chi', 10)).map((n) => n.read)).toEqual([false]);
      expect(await notifications.unreadByDocument('chi')).toEqual(new Map([['d1', 1]]));
    });

    it('marking read again, with unknown ids or with none changes nothing else', async () => {
      await tell({ id: 'n1', userId: 'binh' });
      await tell({ id: 'n2', userId: 'binh' });
      await notifications.markRead('binh', ['n1'], 500);
      await notifications.markRead('binh', ['n1', 'unknown'], 600);
      await notifications.markRead('binh', [], 700);
      expect((await notifications.listForUser('binh', 10)).map((n) => [n.id, n.read])).toEqual([
        ['n2', false],
        ['n1', true],
      ]);
    });
  });
}

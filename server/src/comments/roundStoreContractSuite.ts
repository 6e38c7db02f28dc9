import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { Storage } from '../storage/Storage.js';
import { createPeople } from '../storage/testing/createPeople.js';
import type { CommentStore, NewThread } from './CommentStore.js';
import type { NewNotification } from './model.js';
import type { NotificationStore } from './NotificationStore.js';
import type { NewRound, RoundStore } from './RoundStore.js';

/** A fresh, empty round store, and the stores on the same database that its fixtures need. */
export interface RoundStoreSubject {
  rounds: RoundStore;
  /** Round owners, the organizations addressed, and the access version rounds change. */
  accounts: Pick<AccountStore, 'createUser' | 'createOrganization' | 'getAccessVersion'>;
  storage: Pick<Storage, 'createDocument' | 'renameDocument'>;
  /** Comments made in rounds, which rounds count. */
  comments: Pick<CommentStore, 'insertThread' | 'insertReply' | 'deleteThread'>;
  /** To see the notifications a new round took along. */
  notifications: Pick<NotificationStore, 'listForUser'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

const newRound = (id: string, overrides: Partial<NewRound> = {}): NewRound => ({
  id,
  documentId: 'd1',
  title: `Đợt ${id}`,
  deadline: 1000,
  createdBy: 'owner',
  organizationIds: ['cb1'],
  draftNumber: null,
  createdAt: 100,
  ...overrides,
});

const roundNotification = (id: string, userId: string): NewNotification => ({
  id,
  userId,
  kind: 'round',
  documentId: 'd1',
  threadId: null,
  actorId: 'owner',
  createdAt: 100,
});

/** The behaviour every `RoundStore` implementation must have; run once per implementation. */
export function roundStoreContractSuite(name: string, open: () => Promise<RoundStoreSubject>): void {
  describe(`${name} satisfies the round store contract`, () => {
    let subject: RoundStoreSubject;
    let rounds: RoundStore;
    beforeEach(async () => {
      subject = await open();
      rounds = subject.rounds;
      await createPeople(subject.accounts, [
        ['owner', 'Chủ văn bản'],
        ['member', 'Đảng viên'],
      ]);
      for (const [id, name] of [
        ['cb1', 'Chi bộ 1'],
        ['cb2', 'Chi bộ 2'],
        ['mt', 'Ban Công tác Mặt trận'],
      ] as const) {
        await subject.accounts.createOrganization({ id, name, kind: 'chi_bo', parentId: null, now: 1 });
      }
      await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo chính trị', now: 1 });
      await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
    });
    afterEach(async () => {
      await subject.close();
    });

    const accessVersionChangesWith = async (change: () => Promise<unknown>) => {
      const before = await subject.accounts.getAccessVersion();
      await change();
      return (await subject.accounts.getAccessVersion()) > before;
    };

    describe('opening, reading and closing', () => {
      it('opens a round and answers it open, with its organizations by name and no comments yet', async () => {
        const round = await rounds.createRound(
          newRound('r1', { title: 'Lấy ý kiến dự thảo', organizationIds: ['cb2', 'mt', 'cb1'], draftNumber: 3 }),
          [],
        );
        expect(round).toEqual({
          id: 'r1',
          documentId: 'd1',
          title: 'Lấy ý kiến dự thảo',
          deadline: 1000,
          createdAt: 100,
          createdBy: { id: 'owner', displayName: 'Chủ văn bản' },
          closedAt: null,
          draftNumber: 3,
          status: 'open',
          organizations: [
            { id: 'mt', name: 'Ban Công tác Mặt trận', comments: 0 },
            { id: 'cb1', name: 'Chi bộ 1', comments: 0 },
            { id: 'cb2', name: 'Chi bộ 2', comments: 0 },
          ],
        });
        expect(await rounds.getRound('d1', 'r1', 100)).toEqual(round);
      });

      it('takes the notifications of a new round along, and raises the access version', async () => {
        expect(await accessVersionChangesWith(() => rounds.createRound(newRound('r1'), [roundNotification('n1', 'member')]))).toBe(true);
        expect(await subject.notifications.listForUser('member', 10)).toMatchObject([{ id: 'n1', kind: 'round', threadId: null }]);
      });

      it('answers a round open until its deadline, and closed from the deadline on', async () => {
        await rounds.createRound(newRound('r1', { deadline: 1000 }), []);
        expect((await rounds.getRound('d1', 'r1', 999))?.status).toBe('open');
        expect((await rounds.getRound('d1', 'r1', 1000))?.status).toBe('closed');
        expect(await rounds.getRound('d1', 'r1', 5000)).toMatchObject({ status: 'closed', closedAt: null });
      });

      it('closes a round by hand: it records when, is closed at once, and the access version rises', async () => {
        await rounds.createRound(newRound('r1', { deadline: 1000 }), []);
        const before = await subject.accounts.getAccessVersion();
        expect(await rounds.closeRound('d1', 'r1', 500)).toMatchObject({ id: 'r1', closedAt: 500, status: 'closed' });
        expect(await subject.accounts.getAccessVersion()).toBeGreaterThan(before);
        expect(await rounds.getRound('d1', 'r1', 600)).toMatchObject({ closedAt: 500, status: 'closed' });
      });

      it('closing a closed round keeps the time it was first closed', async () => {
        await rounds.createRound(newRound('r1'), []);
        await rounds.closeRound('d1', 'r1', 500);
        expect(await rounds.closeRound('d1', 'r1', 700)).toMatchObject({ closedAt: 500, status: 'closed' });
      });

      it('answers undefined for a round of another document or a missing one, and closes neither', async () => {
        await rounds.createRound(newRound('r1'), []);
        expect(await rounds.getRound('d2', 'r1', 100)).toBeUndefined();
        expect(await rounds.getRound('d1', 'missing', 100)).toBeUndefined();
        expect(await rounds.closeRound('d2', 'r1', 500)).toBeUndefined();
        expect(await rounds.closeRound('d1', 'missing', 500)).toBeUndefined();
        expect(await rounds.getRound('d1', 'r1', 600)).toMatchObject({ closedAt: null, status: 'open' });
      });
    });

    describe('listing', () => {
      it('lists a document’s rounds newest first, in reverse order stored when opened at the same time, each with its status then', async () => {
        await rounds.createRound(newRound('old', { createdAt: 100, deadline: 300 }), []);
        await rounds.createRound(newRound('new', { createdAt: 200, deadline: 3000 }), []);
        await rounds.createRound(newRound('same-a', { createdAt: 150, deadline: 3000 }), []);
        await rounds.createRound(newRound('same-b', { createdAt: 150, deadline: 3000 }), []);
        await rounds.createRound(newRound('elsewhere', { documentId: 'd2', createdAt: 999 }), []);
        const listed = await rounds.listRounds('d1', 400);
        expect(listed.map((r) => [r.id, r.status])).toEqual([
          ['new', 'open'],
          ['same-b', 'open'],
          ['same-a', 'open'],
          ['old', 'closed'],
        ]);
        expect(await rounds.listRounds('no-rounds', 400)).toEqual([]);
      });

      it('counts each organization’s comments in the round, not deleted ones nor those made outside it', async () => {
        await rounds.createRound(newRound('r1', { organizationIds: ['cb1', 'cb2'] }), []);
        await rounds.createRound(newRound('r2', { organizationIds: ['cb1'] }), []);
        const thread = (id: string, overrides: Partial<NewThread>): NewThread => ({
          id,
          documentId: 'd1',
          roundId: 'r1',
          draftNumber: null,
          authorId: 'member',
          organizationId: 'cb1',
          anchor: null,
          kind: 'khac',
          body: id,
          createdAt: 200,
          ...overrides,
        });
        await subject.comments.insertThread(thread('a', {}), []);
        await subject.comments.insertThread(thread('b', {}), []);
        await subject.comments.insertThread(thread('c', { organizationId: 'cb2' }), []);
        await subject.comments.insertThread(thread('outside', { roundId: null }), []);
        await subject.comments.insertThread(thread('other-round', { roundId: 'r2' }), []);
        await subject.comments.insertThread(thread('deleted', {}), []);
        await subject.comments.insertReply(
          { id: 'reply', threadId: 'deleted', authorId: 'owner', organizationId: null, body: 'x', createdAt: 300 },
          [],
        );
        await subject.comments.deleteThread('d1', 'deleted');
        expect((await rounds.getRound('d1', 'r1', 300))?.organizations).toEqual([
          { id: 'cb1', name: 'Chi bộ 1', comments: 2 },
          { id: 'cb2', name: 'Chi bộ 2', comments: 1 },
        ]);
        expect((await rounds.listRounds('d1', 300)).find((r) => r.id === 'r2')?.organizations).toEqual([
          { id: 'cb1', name: 'Chi bộ 1', comments: 1 },
        ]);
      });

      it('lists the rounds addressed to any of the organizations once each, newest first, with their document’s current title', async () => {
        await rounds.createRound(newRound('r1', { organizationIds: ['cb1', 'cb2'], createdAt: 100 }), []);
        await rounds.createRound(newRound('r2', { documentId: 'd2', organizationIds: ['cb2'], createdAt: 200, deadline: 150 }), []);
        await rounds.createRound(newRound('r3', { organizationIds: ['mt'], createdAt: 300 }), []);
        await subject.storage.renameDocument('d1', 'Báo cáo chính trị (dự thảo 2)', 400);
        const found = await rounds.roundsFor(['cb1', 'cb2'], 160);
        expect(found.map((r) => [r.id, r.status, r.document])).toEqual([
          ['r2', 'closed', { id: 'd2', title: 'Nghị quyết' }],
          ['r1', 'open', { id: 'd1', title: 'Báo cáo chính trị (dự thảo 2)' }],
        ]);
        expect(found[1]).toMatchObject({ title: 'Đợt r1', organizations: [{ id: 'cb1' }, { id: 'cb2' }] });
      });

      it('lists no rounds for no organizations, nor for one never addressed', async () => {
        await rounds.createRound(newRound('r1'), []);
        expect(await rounds.roundsFor([], 100)).toEqual([]);
        expect(await rounds.roundsFor(['cb2'], 100)).toEqual([]);
      });

      it('lists a document’s consultations: one per round and organization, with its deadline and closing', async () => {
        await rounds.createRound(newRound('r1', { organizationIds: ['cb1', 'cb2'], deadline: 1000 }), []);
        await rounds.createRound(newRound('r2', { organizationIds: ['cb1'], deadline: 2000 }), []);
        await rounds.createRound(newRound('elsewhere', { documentId: 'd2', organizationIds: ['mt'] }), []);
        await rounds.closeRound('d1', 'r2', 500);
        const consultations = await rounds.consultationsOf('d1');
        expect(
          [...consultations].sort((a, b) => `${a.roundId}/${a.organizationId}`.localeCompare(`${b.roundId}/${b.organizationId}`)),
        ).toEqual([
          { roundId: 'r1', organizationId: 'cb1', deadline: 1000, closedAt: null },
          { roundId: 'r1', organizationId: 'cb2', deadline: 1000, closedAt: null },
          { roundId: 'r2', organizationId: 'cb1', deadline: 2000, closedAt: 500 },
        ]);
        expect(await rounds.consultationsOf('no-rounds')).toEqual([]);
      });
    });

    describe('deadlines', () => {
      it('knows no next deadline without rounds', async () => {
        expect(await rounds.nextDeadlineAfter(0)).toBeUndefined();
      });

      it('answers the earliest deadline strictly later than the time given', async () => {
        await rounds.createRound(newRound('r1', { deadline: 3000 }), []);
        await rounds.createRound(newRound('r2', { deadline: 1000 }), []);
        await rounds.createRound(newRound('r3', { documentId: 'd2', deadline: 2000 }), []);
        expect(await rounds.nextDeadlineAfter(0)).toBe(1000);
        expect(await rounds.nextDeadlineAfter(999)).toBe(1000);
        expect(await rounds.nextDeadlineAfter(1000)).toBe(2000);
        expect(await rounds.nextDeadlineAfter(2500)).toBe(3000);
        expect(await rounds.nextDeadlineAfter(3000)).toBeUndefined();
      });

      it('ignores the deadline of a round closed by hand', async () => {
        await rounds.createRound(newRound('r1', { deadline: 1000 }), []);
        await rounds.createRound(newRound('r2', { deadline: 2000 }), []);
        await rounds.closeRound('d1', 'r1', 500);
        expect(await rounds.nextDeadlineAfter(600)).toBe(2000);
        await rounds.closeRound('d1', 'r2', 700);
        expect(await rounds.nextDeadlineAfter(800)).toBeUndefined();
      });
    });
  });
}

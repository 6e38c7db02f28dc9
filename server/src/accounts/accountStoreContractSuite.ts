import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../storage/Storage.js';
import type { AccountStore, NewUser } from './AccountStore.js';
import type { Membership } from './model.js';

/** A fresh, empty account store, and what its foreign keys need, all on one database. */
export interface AccountStoreSubject {
  accounts: AccountStore;
  /** Grants are given on documents that exist. */
  storage: Pick<Storage, 'createDocument'>;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

const newUser = (id: string, overrides: Partial<NewUser> = {}): NewUser => ({
  id,
  username: id,
  displayName: `Người ${id}`,
  passwordHash: `hash-${id}`,
  isAdmin: false,
  now: 100,
  ...overrides,
});

const byKey = (m: Membership) => `${m.organizationId}/${m.userId}/${m.role}`;
const sortedMemberships = (list: Membership[]) => [...list].sort((a, b) => byKey(a).localeCompare(byKey(b)));

/** The behaviour every `AccountStore` implementation must have; run once per implementation. */
export function accountStoreContractSuite(name: string, open: () => Promise<AccountStoreSubject>): void {
  describe(`${name} satisfies the account store contract`, () => {
    let subject: AccountStoreSubject;
    let accounts: AccountStore;
    beforeEach(async () => {
      subject = await open();
      accounts = subject.accounts;
    });
    afterEach(async () => {
      await subject.close();
    });

    const organization = (id: string, name = `Chi bộ ${id}`) =>
      accounts.createOrganization({ id, name, kind: 'chi_bo', parentId: null, now: 10 });
    const accessVersionChangesWith = async (change: () => Promise<unknown>) => {
      const before = await accounts.getAccessVersion();
      await change();
      return (await accounts.getAccessVersion()) > before;
    };

    describe('users', () => {
      it('creates a user and reads it back by id and by username; unknown ones are undefined', async () => {
        const created = await accounts.createUser(
          newUser('u1', { username: 'nguyen.an', displayName: 'Nguyễn An', isAdmin: true, now: 7 }),
        );
        expect(created).toEqual({ id: 'u1', username: 'nguyen.an', displayName: 'Nguyễn An', isAdmin: true, createdAt: 7 });
        expect(await accounts.getUser('u1')).toEqual(created);
        expect(await accounts.getUserByUsername('nguyen.an')).toEqual(created);
        expect(await accounts.getUser('missing')).toBeUndefined();
        expect(await accounts.getUserByUsername('missing')).toBeUndefined();
      });

      it('counts the users, none in an empty store', async () => {
        expect(await accounts.countUsers()).toBe(0);
        await accounts.createUser(newUser('u1'));
        await accounts.createUser(newUser('u2'));
        expect(await accounts.countUsers()).toBe(2);
      });

      it('finds a user by username whatever its letter case', async () => {
        await accounts.createUser(newUser('u1', { username: 'Tran.Binh' }));
        expect((await accounts.getUserByUsername('tran.binh'))?.id).toBe('u1');
        expect((await accounts.getUserByUsername('TRAN.BINH'))?.id).toBe('u1');
      });

      it('refuses a second user with a taken id, or a username taken in another letter case, keeping the first', async () => {
        await accounts.createUser(newUser('u1', { username: 'an', displayName: 'First' }));
        await expect(accounts.createUser(newUser('u1', { username: 'other' }))).rejects.toThrow();
        await expect(accounts.createUser(newUser('u2', { username: 'AN' }))).rejects.toThrow();
        expect(await accounts.countUsers()).toBe(1);
        expect((await accounts.getUserByUsername('an'))?.displayName).toBe('First');
      });

      it('keeps the password hash out of the user, and replaces it', async () => {
        const created = await accounts.createUser(newUser('u1', { passwordHash: 'old' }));
        expect(created).not.toHaveProperty('passwordHash');
        expect(await accounts.getUser('u1')).not.toHaveProperty('passwordHash');
        expect(await accounts.getPasswordHash('u1')).toBe('old');
        await accounts.setPasswordHash('u1', 'new');
        expect(await accounts.getPasswordHash('u1')).toBe('new');
      });

      it('answers no password hash for a user without one, or a missing user', async () => {
        await accounts.createUser(newUser('u1', { passwordHash: null }));
        expect(await accounts.getPasswordHash('u1')).toBeNull();
        expect(await accounts.getPasswordHash('missing')).toBeNull();
      });

      it('lists users by display name, then by username', async () => {
        await accounts.createUser(newUser('u1', { username: 'c-an', displayName: 'Chi' }));
        await accounts.createUser(newUser('u2', { username: 'b-an', displayName: 'An' }));
        await accounts.createUser(newUser('u3', { username: 'a-an', displayName: 'An' }));
        await accounts.createUser(newUser('u4', { username: 'd', displayName: 'Bình' }));
        expect((await accounts.listUsers()).map((u) => u.id)).toEqual(['u3', 'u2', 'u4', 'u1']);
      });
    });

    describe('sessions', () => {
      beforeEach(async () => {
        await accounts.createUser(newUser('u1'));
        await accounts.createUser(newUser('u2'));
      });

      it('creates a session and reads back its user and expiry; an unknown token has none', async () => {
        await accounts.createSession({ tokenHash: 's1', userId: 'u1', now: 100, expiresAt: 5000 });
        expect(await accounts.getSession('s1')).toEqual({ userId: 'u1', expiresAt: 5000 });
        expect(await accounts.getSession('unknown')).toBeUndefined();
      });

      it('signs out one session and leaves the user’s others', async () => {
        await accounts.createSession({ tokenHash: 's1', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.createSession({ tokenHash: 's2', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.deleteSession('s1');
        expect(await accounts.getSession('s1')).toBeUndefined();
        expect(await accounts.getSession('s2')).toBeDefined();
        await accounts.deleteSession('unknown');
      });

      it('signs a user out everywhere, and leaves other users signed in', async () => {
        await accounts.createSession({ tokenHash: 's1', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.createSession({ tokenHash: 's2', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.createSession({ tokenHash: 'other', userId: 'u2', now: 100, expiresAt: 5000 });
        await accounts.deleteSessionsOfUser('u1');
        expect(await accounts.getSession('s1')).toBeUndefined();
        expect(await accounts.getSession('s2')).toBeUndefined();
        expect(await accounts.getSession('other')).toEqual({ userId: 'u2', expiresAt: 5000 });
      });

      it('signs a user out everywhere but the session kept', async () => {
        await accounts.createSession({ tokenHash: 's1', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.createSession({ tokenHash: 's2', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.createSession({ tokenHash: 's3', userId: 'u1', now: 100, expiresAt: 5000 });
        await accounts.deleteSessionsOfUser('u1', 's2');
        expect(await accounts.getSession('s1')).toBeUndefined();
        expect(await accounts.getSession('s2')).toEqual({ userId: 'u1', expiresAt: 5000 });
        expect(await accounts.getSession('s3')).toBeUndefined();
      });
    });

    describe('API tokens', () => {
      beforeEach(async () => {
        await accounts.createUser(newUser('u1'));
        await accounts.createUser(newUser('u2'));
      });

      it('finds an API token by its hash; an unknown hash finds none', async () => {
        await accounts.createApiToken({ id: 't1', userId: 'u1', tokenHash: 'h1', name: 'CI', now: 100 });
        expect(await accounts.findApiToken('h1')).toEqual({ id: 't1', userId: 'u1' });
        expect(await accounts.findApiToken('unknown')).toBeUndefined();
      });

      it('lists a user’s API tokens oldest first, without their hashes or others’ tokens', async () => {
        await accounts.createApiToken({ id: 't-late', userId: 'u1', tokenHash: 'h1', name: 'later', now: 300 });
        await accounts.createApiToken({ id: 't-early', userId: 'u1', tokenHash: 'h2', name: 'earlier', now: 200 });
        await accounts.createApiToken({ id: 't-other', userId: 'u2', tokenHash: 'h3', name: 'theirs', now: 100 });
        expect(await accounts.listApiTokens('u1')).toEqual([
          { id: 't-early', name: 'earlier', createdAt: 200 },
          { id: 't-late', name: 'later', createdAt: 300 },
        ]);
        expect(await accounts.listApiTokens('nobody')).toEqual([]);
      });

      it('deletes an API token for its own user only, once', async () => {
        await accounts.createApiToken({ id: 't1', userId: 'u1', tokenHash: 'h1', name: 'CI', now: 100 });
        expect(await accounts.deleteApiToken('t1', 'u2')).toBe(false);
        expect(await accounts.findApiToken('h1')).toBeDefined();
        expect(await accounts.deleteApiToken('t1', 'u1')).toBe(true);
        expect(await accounts.findApiToken('h1')).toBeUndefined();
        expect(await accounts.listApiTokens('u1')).toEqual([]);
        expect(await accounts.deleteApiToken('t1', 'u1')).toBe(false);
      });
    });

    describe('organizations and memberships', () => {
      it('creates an organization and reads it back; an unknown one is undefined', async () => {
        const parent = await accounts.createOrganization({ id: 'du', name: 'Đảng ủy phường', kind: 'dang_uy', parentId: null, now: 5 });
        const child = await accounts.createOrganization({ id: 'cb', name: 'Chi bộ 3', kind: 'chi_bo', parentId: 'du', now: 6 });
        expect(parent).toEqual({ id: 'du', name: 'Đảng ủy phường', kind: 'dang_uy', parentId: null, createdAt: 5 });
        expect(child).toEqual({ id: 'cb', name: 'Chi bộ 3', kind: 'chi_bo', parentId: 'du', createdAt: 6 });
        expect(await accounts.getOrganization('cb')).toEqual(child);
        expect(await accounts.getOrganization('missing')).toBeUndefined();
      });

      it('lists organizations by name', async () => {
        await organization('o1', 'Chi bộ 2');
        await organization('o2', 'Ban Tuyên giáo');
        await organization('o3', 'Chi bộ 1');
        expect((await accounts.listOrganizations()).map((o) => o.id)).toEqual(['o2', 'o3', 'o1']);
      });

      it('adds memberships and lists them by user and by organization', async () => {
        await organization('o1');
        await organization('o2');
        await accounts.createUser(newUser('u1'));
        await accounts.createUser(newUser('u2'));
        await accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'head' });
        await accounts.addMembership({ organizationId: 'o2', userId: 'u1', role: 'member' });
        await accounts.addMembership({ organizationId: 'o1', userId: 'u2', role: 'member' });
        expect(sortedMemberships(await accounts.membershipsOfUser('u1'))).toEqual([
          { organizationId: 'o1', userId: 'u1', role: 'head' },
          { organizationId: 'o2', userId: 'u1', role: 'member' },
        ]);
        expect(sortedMemberships(await accounts.membersOf('o1'))).toEqual([
          { organizationId: 'o1', userId: 'u1', role: 'head' },
          { organizationId: 'o1', userId: 'u2', role: 'member' },
        ]);
        expect(await accounts.membershipsOfUser('nobody')).toEqual([]);
        expect(await accounts.membersOf('o-empty')).toEqual([]);
      });

      it('keeps one membership when the same one is added twice', async () => {
        await organization('o1');
        await accounts.createUser(newUser('u1'));
        await accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'member' });
        await accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'member' });
        expect(await accounts.membersOf('o1')).toEqual([{ organizationId: 'o1', userId: 'u1', role: 'member' }]);
      });

      it('lets a user hold several roles in one organization and removes exactly the role named, once', async () => {
        await organization('o1');
        await accounts.createUser(newUser('u1'));
        await accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'deputy' });
        await accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'member' });
        expect(await accounts.removeMembership({ organizationId: 'o1', userId: 'u1', role: 'head' })).toBe(false);
        expect(await accounts.removeMembership({ organizationId: 'o1', userId: 'u1', role: 'deputy' })).toBe(true);
        expect(await accounts.removeMembership({ organizationId: 'o1', userId: 'u1', role: 'deputy' })).toBe(false);
        expect(await accounts.membershipsOfUser('u1')).toEqual([{ organizationId: 'o1', userId: 'u1', role: 'member' }]);
      });
    });

    describe('document grants', () => {
      beforeEach(async () => {
        await subject.storage.createDocument({ id: 'd1', title: 'Báo cáo', now: 1 });
        await subject.storage.createDocument({ id: 'd2', title: 'Nghị quyết', now: 1 });
      });

      it('sets grants and lists those of the document asked only', async () => {
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'user',
          principalId: 'u1',
          role: 'editor',
          grantedBy: 'admin',
          grantedAt: 5,
        });
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'organization',
          principalId: 'o1',
          role: 'viewer',
          grantedBy: null,
          grantedAt: 6,
        });
        await accounts.setGrant({
          documentId: 'd2',
          principalType: 'user',
          principalId: 'u1',
          role: 'owner',
          grantedBy: null,
          grantedAt: 7,
        });
        const grants = await accounts.grantsOf('d1');
        expect([...grants].sort((a, b) => a.principalType.localeCompare(b.principalType))).toEqual([
          { documentId: 'd1', principalType: 'organization', principalId: 'o1', role: 'viewer', grantedBy: null, grantedAt: 6 },
          { documentId: 'd1', principalType: 'user', principalId: 'u1', role: 'editor', grantedBy: 'admin', grantedAt: 5 },
        ]);
        expect(await accounts.grantsOf('no-grants')).toEqual([]);
      });

      it('setting a grant again for the same principal replaces its role, granter and time', async () => {
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'user',
          principalId: 'u1',
          role: 'viewer',
          grantedBy: 'a',
          grantedAt: 5,
        });
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'user',
          principalId: 'u1',
          role: 'editor',
          grantedBy: 'b',
          grantedAt: 9,
        });
        expect(await accounts.grantsOf('d1')).toEqual([
          { documentId: 'd1', principalType: 'user', principalId: 'u1', role: 'editor', grantedBy: 'b', grantedAt: 9 },
        ]);
      });

      it('tells a user and an organization with the same id apart, and removes a grant once', async () => {
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'user',
          principalId: 'x',
          role: 'viewer',
          grantedBy: null,
          grantedAt: 5,
        });
        await accounts.setGrant({
          documentId: 'd1',
          principalType: 'organization',
          principalId: 'x',
          role: 'commenter',
          grantedBy: null,
          grantedAt: 5,
        });
        expect(await accounts.removeGrant('d1', 'user', 'x')).toBe(true);
        expect(await accounts.removeGrant('d1', 'user', 'x')).toBe(false);
        expect(await accounts.removeGrant('d2', 'organization', 'x')).toBe(false);
        expect(await accounts.grantsOf('d1')).toEqual([
          { documentId: 'd1', principalType: 'organization', principalId: 'x', role: 'commenter', grantedBy: null, grantedAt: 5 },
        ]);
      });
    });

    describe('invites', () => {
      const invite = {
        organizationId: 'o1',
        role: 'committee' as const,
        createdBy: 'admin',
        createdAt: 100,
        expiresAt: 1000,
        usedBy: null,
      };
      beforeEach(async () => {
        await organization('o1');
        await accounts.createUser(newUser('admin', { isAdmin: true }));
      });

      it('creates an invite and reads it back unused; an unknown token has none', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        expect(await accounts.getInvite('i1')).toEqual(invite);
        expect(await accounts.getInvite('unknown')).toBeUndefined();
      });

      it('accepting an invite creates the user with the invite’s membership and marks the invite used by them', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        const user = await accounts.acceptInvite('i1', newUser('u1', { username: 'moi', displayName: 'Người mới', now: 500 }));
        expect(user).toEqual({ id: 'u1', username: 'moi', displayName: 'Người mới', isAdmin: false, createdAt: 500 });
        expect(await accounts.getUser('u1')).toEqual(user);
        expect(await accounts.getPasswordHash('u1')).toBe('hash-u1');
        expect(await accounts.membershipsOfUser('u1')).toEqual([{ organizationId: 'o1', userId: 'u1', role: 'committee' }]);
        expect((await accounts.getInvite('i1'))?.usedBy).toBe('u1');
      });

      it('accepts an invite once: a second acceptance answers undefined and writes nothing', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        expect(await accounts.acceptInvite('i1', newUser('u1', { now: 500 }))).toBeDefined();
        expect(await accounts.acceptInvite('i1', newUser('u2', { now: 501 }))).toBeUndefined();
        expect(await accounts.getUser('u2')).toBeUndefined();
        expect(await accounts.getUserByUsername('u2')).toBeUndefined();
        expect(await accounts.membersOf('o1')).toEqual([{ organizationId: 'o1', userId: 'u1', role: 'committee' }]);
        expect((await accounts.getInvite('i1'))?.usedBy).toBe('u1');
      });

      it('of two simultaneous acceptances of one invite, exactly one creates its user', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        const results = await Promise.all([
          accounts.acceptInvite('i1', newUser('u1', { now: 500 })),
          accounts.acceptInvite('i1', newUser('u2', { now: 500 })),
        ]);
        const winners = results.filter((r) => r !== undefined);
        expect(winners).toHaveLength(1);
        expect(await accounts.countUsers()).toBe(2);
        expect((await accounts.membersOf('o1')).map((m) => m.userId)).toEqual([winners[0]!.id]);
      });

      it('refuses an invite from the moment it expires, writing nothing', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        expect(await accounts.acceptInvite('i1', newUser('u1', { now: 1000 }))).toBeUndefined();
        expect(await accounts.acceptInvite('i1', newUser('u1', { now: 2000 }))).toBeUndefined();
        expect(await accounts.getUser('u1')).toBeUndefined();
        expect(await accounts.membersOf('o1')).toEqual([]);
        expect((await accounts.getInvite('i1'))?.usedBy).toBeNull();
        expect(await accounts.acceptInvite('i1', newUser('u1', { now: 999 }))).toBeDefined();
      });

      it('refuses an unknown invite, writing nothing', async () => {
        expect(await accounts.acceptInvite('unknown', newUser('u1', { now: 500 }))).toBeUndefined();
        expect(await accounts.getUser('u1')).toBeUndefined();
      });

      it('fails an acceptance whose username is taken, and leaves the invite unused and unjoined', async () => {
        await accounts.createInvite({ ...invite, tokenHash: 'i1' });
        await expect(accounts.acceptInvite('i1', newUser('u1', { username: 'ADMIN', now: 500 }))).rejects.toThrow();
        expect(await accounts.getUser('u1')).toBeUndefined();
        expect(await accounts.membersOf('o1')).toEqual([]);
        expect((await accounts.getInvite('i1'))?.usedBy).toBeNull();
      });
    });

    describe('audit log', () => {
      it('keeps an audit entry’s fields, its detail as structured data', async () => {
        await accounts.appendAudit({
          at: 5,
          actorId: 'u1',
          action: 'invite.create',
          target: 'o1',
          detail: { role: 'member', expiresAt: 9, nested: { ok: true } },
          address: '10.0.0.1',
        });
        await accounts.appendAudit({ at: 6, actorId: null, action: 'sign-in.failed', target: null, detail: null, address: null });
        const [second, first] = await accounts.listAudit(10);
        expect(first).toEqual({
          id: expect.any(Number),
          at: 5,
          actorId: 'u1',
          action: 'invite.create',
          target: 'o1',
          detail: { role: 'member', expiresAt: 9, nested: { ok: true } },
          address: '10.0.0.1',
        });
        expect(second).toEqual({
          id: expect.any(Number),
          at: 6,
          actorId: null,
          action: 'sign-in.failed',
          target: null,
          detail: null,
          address: null,
        });
        expect(second!.id).toBeGreaterThan(first!.id);
      });

      it('lists audit entries newest first, up to the limit, in the order appended when made at the same time', async () => {
        for (const action of ['a', 'b', 'c', 'd']) {
          await accounts.appendAudit({ at: 5, actorId: null, action, target: null, detail: null, address: null });
        }
        expect((await accounts.listAudit(3)).map((e) => e.action)).toEqual(['d', 'c', 'b']);
        expect((await accounts.listAudit(10)).map((e) => e.action)).toEqual(['d', 'c', 'b', 'a']);
      });

      it('lists no audit entries in an empty store', async () => {
        expect(await accounts.listAudit(10)).toEqual([]);
      });
    });

    describe('access version', () => {
      it('raises the access version with every change that can alter someone’s access', async () => {
        await organization('o1');
        await accounts.createUser(newUser('u1'));
        await subject.storage.createDocument({ id: 'd1', title: 'x', now: 1 });
        await accounts.createSession({ tokenHash: 's1', userId: 'u1', now: 1, expiresAt: 9000 });
        await accounts.createSession({ tokenHash: 's2', userId: 'u1', now: 1, expiresAt: 9000 });
        await accounts.createApiToken({ id: 't1', userId: 'u1', tokenHash: 'h1', name: 'x', now: 1 });
        await accounts.createInvite({
          tokenHash: 'i1',
          organizationId: 'o1',
          role: 'member',
          createdBy: 'u1',
          createdAt: 1,
          expiresAt: 9000,
          usedBy: null,
        });
        const changes: [string, () => Promise<unknown>][] = [
          ['signing out a session', () => accounts.deleteSession('s1')],
          ['signing a user out everywhere', () => accounts.deleteSessionsOfUser('u1')],
          ['deleting an API token', () => accounts.deleteApiToken('t1', 'u1')],
          ['adding a membership', () => accounts.addMembership({ organizationId: 'o1', userId: 'u1', role: 'head' })],
          ['removing a membership', () => accounts.removeMembership({ organizationId: 'o1', userId: 'u1', role: 'head' })],
          [
            'setting a grant',
            () =>
              accounts.setGrant({
                documentId: 'd1',
                principalType: 'user',
                principalId: 'u1',
                role: 'viewer',
                grantedBy: null,
                grantedAt: 1,
              }),
          ],
          [
            'changing a grant',
            () =>
              accounts.setGrant({
                documentId: 'd1',
                principalType: 'user',
                principalId: 'u1',
                role: 'owner',
                grantedBy: null,
                grantedAt: 2,
              }),
          ],
          ['removing a grant', () => accounts.removeGrant('d1', 'user', 'u1')],
          ['accepting an invite', () => accounts.acceptInvite('i1', newUser('u2', { now: 5 }))],
        ];
        for (const [change, run] of changes) {
          expect(await accessVersionChangesWith(run), change).toBe(true);
        }
      });

      it('answers the same access version while nothing changes', async () => {
        const version = await accounts.getAccessVersion();
        await accounts.listUsers();
        expect(await accounts.getAccessVersion()).toBe(version);
      });
    });
  });
}

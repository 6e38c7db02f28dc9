import type { AccountStore } from '../../accounts/AccountStore.js';

/** Accounts without passwords for a contract suite's fixtures, each with its id as username. */
export async function createPeople(
  accounts: Pick<AccountStore, 'createUser'>,
  people: readonly (readonly [id: string, displayName: string])[],
) {
  for (const [id, displayName] of people) {
    await accounts.createUser({ id, username: id, displayName, passwordHash: null, isAdmin: false, now: 1 });
  }
}

import { describe, expect, it } from 'vitest';
import type { Account, Organization } from '../../domain/accounts/model.js';
import { documentOwnerChoices, PERSONAL } from './documentOwnerChoices.js';

const organization = (id: string, name: string): Organization => ({ id, name, kind: 'chi_bo', parentId: null, createdAt: 0 });
const account = (change: Partial<Account>): Account => ({
  id: 'u1',
  username: 'bithu3',
  displayName: 'Nguyễn Văn Bình',
  isAdmin: false,
  createdAt: 0,
  memberships: [],
  ...change,
});

describe('documentOwnerChoices', () => {
  it('offers the organizations whose committee one sits on first, then a personal document', () => {
    const choices = documentOwnerChoices(
      account({
        memberships: [
          { organizationId: 'cb3', organizationName: 'Chi bộ Khu phố 3', organizationKind: 'chi_bo', role: 'head' },
          { organizationId: 'cb3', organizationName: 'Chi bộ Khu phố 3', organizationKind: 'chi_bo', role: 'member' },
          { organizationId: 'mttq', organizationName: 'Ủy ban MTTQ phường', organizationKind: 'mttq', role: 'member' },
        ],
      }),
      undefined,
    );
    expect(choices).toEqual([
      { value: 'cb3', label: 'Chi bộ Khu phố 3' },
      { value: PERSONAL, label: 'Văn bản cá nhân' },
    ]);
  });

  it('offers an administrator every organization, starting from a personal document', () => {
    const choices = documentOwnerChoices(account({ isAdmin: true }), [
      organization('b', 'Chi bộ Khu phố 5'),
      organization('a', 'Chi bộ Khu phố 1'),
    ]);
    expect(choices.map((choice) => choice.label)).toEqual(['Văn bản cá nhân', 'Chi bộ Khu phố 1', 'Chi bộ Khu phố 5']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Organization } from '../../domain/accounts/model.js';
import { organizationTree } from './organizationTree.js';

const org = (id: string, name: string, parentId: string | null = null): Organization => ({
  id,
  name,
  kind: 'chi_bo',
  parentId,
  createdAt: 0,
});

describe('organizationTree', () => {
  it('puts each organization under the one above it, siblings by name', () => {
    const lines = organizationTree([
      org('c5', 'Chi bộ Khu phố 5', 'du'),
      org('du', 'Đảng ủy phường'),
      org('c3', 'Chi bộ Khu phố 3', 'du'),
      org('mt', 'Ủy ban MTTQ'),
    ]);
    expect(lines.map((line) => `${line.depth}:${line.organization.id}`)).toEqual(['0:du', '1:c3', '1:c5', '0:mt']);
  });

  it('shows organizations with a missing parent or in a loop at the top instead of losing them', () => {
    const lines = organizationTree([org('a', 'A', 'b'), org('b', 'B', 'a'), org('x', 'X', 'gone')]);
    expect(lines.map((line) => line.organization.id).sort()).toEqual(['a', 'b', 'x']);
    expect(lines.find((line) => line.organization.id === 'x')?.depth).toBe(0);
  });
});

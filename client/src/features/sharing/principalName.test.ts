import { describe, expect, it } from 'vitest';
import type { Organization, User } from '../../domain/accounts/model.js';
import { principalName } from './principalName.js';

const mttq: Organization = { id: 'o1', name: 'Ủy ban MTTQ phường Tân Định', kind: 'mttq', parentId: null, createdAt: 0 };
const mai: User = { id: 'u1', username: 'mai', displayName: 'Trần Thị Mai', isAdmin: false, createdAt: 0 };
const organizations = new Map([[mttq.id, mttq]]);

describe('principalName', () => {
  it('names an organization with its kind', () => {
    expect(principalName({ principalType: 'organization', principalId: 'o1' }, organizations, undefined)).toEqual({
      name: 'Ủy ban MTTQ phường Tân Định',
      detail: 'Ủy ban MTTQ phường',
    });
  });

  it('names a person for administrators, and says why it cannot for anyone else', () => {
    expect(principalName({ principalType: 'user', principalId: 'u1' }, organizations, new Map([[mai.id, mai]]))).toEqual({
      name: 'Trần Thị Mai',
      detail: 'mai',
    });
    expect(principalName({ principalType: 'user', principalId: 'u1' }, organizations, undefined)).toEqual({
      name: 'Một tài khoản',
      detail: 'chỉ quản trị viên xem được tên',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Organization, User } from '../../domain/accounts/model.js';
import type { AuditEntry } from './auditApi.js';
import { type AuditLookups, describeAuditEntry } from './describeAuditEntry.js';

const admin: User = { id: 'a', username: 'quantri', displayName: 'Quản trị viên', isAdmin: true, createdAt: 0 };
const binh: User = { id: 'b', username: 'bithu3', displayName: 'Nguyễn Văn Bình', isAdmin: false, createdAt: 0 };
const chiBo: Organization = { id: 'cb3', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentId: null, createdAt: 0 };
const mttq: Organization = { id: 'mt', name: 'Ủy ban MTTQ phường', kind: 'mttq', parentId: null, createdAt: 0 };
const lookups: AuditLookups = {
  users: new Map([admin, binh].map((u) => [u.id, u])),
  organizations: new Map([chiBo, mttq].map((o) => [o.id, o])),
  documentTitles: new Map([['d1', 'Báo cáo chính trị']]),
};
const entry = (change: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: 0,
  actorId: 'a',
  action: 'sign-in',
  target: null,
  detail: null,
  address: '127.0.0.1',
  ...change,
});

describe('describeAuditEntry', () => {
  it('names sign-ins, failed ones and refused ones', () => {
    expect(describeAuditEntry(entry({ actorId: 'b', target: 'bithu3' }), lookups)).toEqual({
      action: 'Đăng nhập',
      actor: 'Nguyễn Văn Bình (bithu3)',
      target: 'tên đăng nhập “bithu3”',
      detail: '',
    });
    expect(describeAuditEntry(entry({ action: 'sign-in.failed', actorId: null, target: 'ai-do' }), lookups).action).toBe('Đăng nhập sai');
    const refused = describeAuditEntry(
      entry({ action: 'sign-in.refused', actorId: null, target: 'bithu3', detail: { reason: 'rate-limited' } }),
      lookups,
    );
    expect(refused).toMatchObject({ action: 'Bị chặn đăng nhập', actor: '—', detail: 'đăng nhập sai quá nhiều lần' });
  });

  it('says who was shared a document, and with what role', () => {
    const line = describeAuditEntry(
      entry({ action: 'grant.set', target: 'd1', detail: { principalType: 'organization', principalId: 'mt', role: 'commenter' } }),
      lookups,
    );
    expect(line).toEqual({
      action: 'Chia sẻ văn bản',
      actor: 'Quản trị viên (quantri)',
      target: 'Báo cáo chính trị',
      detail: 'Ủy ban MTTQ phường – Góp ý',
    });
    expect(
      describeAuditEntry(entry({ action: 'grant.remove', target: 'd1', detail: { principalType: 'user', principalId: 'b' } }), lookups)
        .detail,
    ).toBe('Nguyễn Văn Bình (bithu3)');
  });

  it('gives memberships and invites the organization’s own titles', () => {
    expect(
      describeAuditEntry(entry({ action: 'membership.add', target: 'cb3', detail: { userId: 'b', role: 'head' } }), lookups),
    ).toMatchObject({
      action: 'Thêm vai trò trong tổ chức',
      target: 'Chi bộ Khu phố 3',
      detail: 'Nguyễn Văn Bình (bithu3) – Bí thư',
    });
    expect(describeAuditEntry(entry({ action: 'invite.accept', target: 'mt', detail: { role: 'member' } }), lookups)).toMatchObject({
      action: 'Nhận lời mời',
      detail: 'Thành viên',
    });
  });

  it('shows unknown actions and ids as they are rather than hiding them', () => {
    expect(describeAuditEntry(entry({ action: 'something.new', target: 'x' }), lookups)).toMatchObject({
      action: 'something.new',
      target: 'x',
    });
    expect(describeAuditEntry(entry({ action: 'password.reset', target: 'zz' }), lookups).target).toBe('tài khoản zz');
  });
});

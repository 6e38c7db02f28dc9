import { describe, expect, it } from 'vitest';
import { canEdit, canShare, DOCUMENT_ROLE_NAMES, readOnlyNotice } from './documentRoles.js';
import { DOCUMENT_ROLES, MEMBER_ROLES, ORGANIZATION_KINDS } from './model.js';
import { createsDocuments, memberRoleTitle, membershipLabel, ORGANIZATION_KIND_NAMES } from './organizationRoles.js';

describe('organization roles', () => {
  it('titles each role by the kind of organization', () => {
    const titles = (kind: (typeof ORGANIZATION_KINDS)[number]) => MEMBER_ROLES.map((role) => memberRoleTitle(kind, role));
    expect(titles('chi_bo')).toEqual(['Bí thư', 'Phó Bí thư', 'Chi ủy viên', 'Đảng viên']);
    expect(titles('dang_uy')).toEqual(['Bí thư', 'Phó Bí thư', 'Đảng ủy viên', 'Đảng viên']);
    expect(titles('tieu_ban')).toEqual(['Trưởng tiểu ban', 'Phó trưởng tiểu ban', 'Thành viên tổ biên tập', 'Thành viên']);
    expect(titles('mttq')).toEqual(['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Thành viên']);
    expect(titles('doan_the')).toEqual(['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Hội viên']);
    expect(titles('cap_tren')).toEqual(['Bí thư', 'Phó Bí thư', 'Ủy viên Ban thường vụ', 'Thành viên']);
  });

  it('names every kind, and says a role with its organization as Vietnamese does', () => {
    expect(ORGANIZATION_KINDS.map((kind) => ORGANIZATION_KIND_NAMES[kind])).toEqual([
      'Đảng ủy phường',
      'Tiểu ban văn kiện',
      'Chi bộ',
      'Ủy ban MTTQ phường',
      'Đoàn thể',
      'Cấp trên',
    ]);
    expect(membershipLabel({ organizationName: 'Chi bộ Khu phố 3', organizationKind: 'chi_bo', role: 'head' })).toBe(
      'Bí thư Chi bộ Khu phố 3',
    );
  });

  it('lets the committee, not plain members, create an organization’s documents', () => {
    expect(MEMBER_ROLES.filter(createsDocuments)).toEqual(['head', 'deputy', 'committee']);
  });
});

describe('document roles', () => {
  it('names each role and decides editing, sharing and the read-only banner from it', () => {
    expect(DOCUMENT_ROLES.map((role) => DOCUMENT_ROLE_NAMES[role])).toEqual(['Xem', 'Góp ý', 'Biên tập', 'Chủ sở hữu']);
    expect(DOCUMENT_ROLES.filter(canEdit)).toEqual(['editor', 'owner']);
    expect(DOCUMENT_ROLES.filter(canShare)).toEqual(['owner']);
    expect(readOnlyNotice('commenter')).toBe('Bạn chỉ được góp ý, không sửa nội dung');
    expect(readOnlyNotice('viewer')).toBe('Bạn chỉ được xem');
    expect(readOnlyNotice('editor')).toBeUndefined();
  });
});

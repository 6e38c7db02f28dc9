import type { MemberRole, OrganizationKind } from './model.js';

/** Each kind of organization as a ward names it. */
export const ORGANIZATION_KIND_NAMES: Record<OrganizationKind, string> = {
  dang_uy: 'Đảng ủy phường',
  tieu_ban: 'Tiểu ban văn kiện',
  chi_bo: 'Chi bộ',
  mttq: 'Ủy ban MTTQ phường',
  doan_the: 'Đoàn thể',
  cap_tren: 'Cấp trên',
};

/**
 * The title of each role (head, deputy, committee, member) in each kind of organization: the head
 * of a chi bộ is its Bí thư, the head of the MTTQ its Chủ tịch.
 */
const MEMBER_ROLE_TITLES: Record<OrganizationKind, Record<MemberRole, string>> = {
  chi_bo: { head: 'Bí thư', deputy: 'Phó Bí thư', committee: 'Chi ủy viên', member: 'Đảng viên' },
  dang_uy: { head: 'Bí thư', deputy: 'Phó Bí thư', committee: 'Đảng ủy viên', member: 'Đảng viên' },
  tieu_ban: { head: 'Trưởng tiểu ban', deputy: 'Phó trưởng tiểu ban', committee: 'Thành viên tổ biên tập', member: 'Thành viên' },
  mttq: { head: 'Chủ tịch', deputy: 'Phó Chủ tịch', committee: 'Ủy viên', member: 'Thành viên' },
  doan_the: { head: 'Chủ tịch', deputy: 'Phó Chủ tịch', committee: 'Ủy viên', member: 'Hội viên' },
  cap_tren: { head: 'Bí thư', deputy: 'Phó Bí thư', committee: 'Ủy viên Ban thường vụ', member: 'Thành viên' },
};

/** The title a `role` carries in an organization of `kind`, e.g. "Chi ủy viên". */
export function memberRoleTitle(kind: OrganizationKind, role: MemberRole): string {
  return MEMBER_ROLE_TITLES[kind][role];
}

/**
 * Whether holders of `role` create their organization's documents: its committee (head, deputy,
 * committee members), as the server decides too; plain members comment.
 */
export function createsDocuments(role: MemberRole): boolean {
  return role !== 'member';
}

/** A role with its organization as Vietnamese says it: "Bí thư Chi bộ Khu phố 3". */
export function membershipLabel(membership: { organizationName: string; organizationKind: OrganizationKind; role: MemberRole }): string {
  return `${memberRoleTitle(membership.organizationKind, membership.role)} ${membership.organizationName}`;
}

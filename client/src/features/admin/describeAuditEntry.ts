import { DOCUMENT_ROLE_NAMES } from '../../domain/accounts/documentRoles.js';
import {
  DOCUMENT_ROLES,
  type DocumentRole,
  MEMBER_ROLES,
  type MemberRole,
  type Organization,
  type User,
} from '../../domain/accounts/model.js';
import { memberRoleTitle, ORGANIZATION_KIND_NAMES } from '../../domain/accounts/organizationRoles.js';
import type { AuditEntry } from './auditApi.js';

/** What the administrator's log shows of each action. */
const ACTION_NAMES: Record<string, string> = {
  'sign-in': 'Đăng nhập',
  'sign-in.failed': 'Đăng nhập sai',
  'sign-in.refused': 'Bị chặn đăng nhập',
  'grant.set': 'Chia sẻ văn bản',
  'grant.remove': 'Bỏ chia sẻ văn bản',
  'membership.add': 'Thêm vai trò trong tổ chức',
  'membership.remove': 'Bỏ vai trò trong tổ chức',
  'user.create': 'Tạo tài khoản',
  'password.change': 'Đổi mật khẩu',
  'password.reset': 'Đặt lại mật khẩu',
  'token.create': 'Tạo mã truy cập API',
  'token.revoke': 'Thu hồi mã truy cập API',
  'invite.create': 'Tạo liên kết mời',
  'invite.accept': 'Nhận lời mời',
  'organization.create': 'Tạo tổ chức',
};

/** What the log knows by id, to name people, organizations and documents. */
export interface AuditLookups {
  users: ReadonlyMap<string, User>;
  organizations: ReadonlyMap<string, Organization>;
  documentTitles: ReadonlyMap<string, string>;
}

/** One log line in words. */
export interface AuditLine {
  action: string;
  actor: string;
  target: string;
  detail: string;
}

/** An audit entry in Vietnamese: unknown actions and ids are shown as they are rather than hidden. */
export function describeAuditEntry(entry: AuditEntry, lookups: AuditLookups): AuditLine {
  const detail = entry.detail ?? {};
  const userName = (id: unknown) => {
    if (typeof id !== 'string') return '';
    const user = lookups.users.get(id);
    return user ? `${user.displayName} (${user.username})` : `tài khoản ${id}`;
  };
  const organization = entry.target === null ? undefined : lookups.organizations.get(entry.target);
  const organizationName = organization?.name ?? (entry.target === null ? '' : `tổ chức ${entry.target}`);
  const memberRole = (role: unknown) =>
    organization && isMemberRole(role) ? memberRoleTitle(organization.kind, role) : String(role ?? '');
  const documentName = entry.target === null ? '' : (lookups.documentTitles.get(entry.target) ?? `văn bản ${entry.target}`);
  const principal = () =>
    detail.principalType === 'organization'
      ? (lookups.organizations.get(String(detail.principalId))?.name ?? `tổ chức ${String(detail.principalId)}`)
      : userName(detail.principalId);

  let target = entry.target ?? '';
  let text = '';
  switch (entry.action) {
    case 'sign-in':
    case 'sign-in.failed':
      target = `tên đăng nhập “${entry.target ?? ''}”`;
      break;
    case 'sign-in.refused':
      target = `tên đăng nhập “${entry.target ?? ''}”`;
      text = detail.reason === 'rate-limited' ? 'đăng nhập sai quá nhiều lần' : String(detail.reason ?? '');
      break;
    case 'user.create':
      target = userName(entry.target);
      text = detail.isAdmin === true ? 'quản trị viên' : '';
      break;
    case 'password.change':
    case 'password.reset':
    case 'token.revoke':
      target = userName(entry.target);
      break;
    case 'token.create':
      target = userName(entry.target);
      text = typeof detail.name === 'string' ? `“${detail.name}”` : '';
      break;
    case 'invite.create':
    case 'invite.accept':
      target = organizationName;
      text = memberRole(detail.role);
      break;
    case 'organization.create':
      target = organizationName;
      text = organization ? ORGANIZATION_KIND_NAMES[organization.kind] : '';
      break;
    case 'membership.add':
    case 'membership.remove':
      target = organizationName;
      text = `${userName(detail.userId)} – ${memberRole(detail.role)}`;
      break;
    case 'grant.set':
      target = documentName;
      text = `${principal()} – ${isDocumentRole(detail.role) ? DOCUMENT_ROLE_NAMES[detail.role] : String(detail.role ?? '')}`;
      break;
    case 'grant.remove':
      target = documentName;
      text = principal();
      break;
  }
  return {
    action: ACTION_NAMES[entry.action] ?? entry.action,
    actor: entry.actorId === null ? '—' : userName(entry.actorId),
    target,
    detail: text,
  };
}

function isMemberRole(value: unknown): value is MemberRole {
  return (MEMBER_ROLES as readonly unknown[]).includes(value);
}

function isDocumentRole(value: unknown): value is DocumentRole {
  return (DOCUMENT_ROLES as readonly unknown[]).includes(value);
}

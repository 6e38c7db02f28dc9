import type { Organization, User } from '../../domain/accounts/model.js';
import { ORGANIZATION_KIND_NAMES } from '../../domain/accounts/organizationRoles.js';
import type { PrincipalType } from './grantsApi.js';

/** How the share panel names whom a document is shared with. */
export interface PrincipalName {
  name: string;
  /** What kind of organization, or which username. */
  detail: string;
}

/**
 * The Vietnamese name of a grant's person or organization. Only administrators may list accounts,
 * so for anyone else (`users` undefined) a person shared by an administrator stays unnamed.
 */
export function principalName(
  principal: { principalType: PrincipalType; principalId: string },
  organizations: ReadonlyMap<string, Organization>,
  users: ReadonlyMap<string, User> | undefined,
): PrincipalName {
  if (principal.principalType === 'organization') {
    const organization = organizations.get(principal.principalId);
    return organization
      ? { name: organization.name, detail: ORGANIZATION_KIND_NAMES[organization.kind] }
      : { name: 'Tổ chức không còn tồn tại', detail: `mã ${principal.principalId}` };
  }
  const user = users?.get(principal.principalId);
  if (user) return { name: user.displayName, detail: user.username };
  return { name: 'Một tài khoản', detail: users ? `mã ${principal.principalId}` : 'chỉ quản trị viên xem được tên' };
}

import type { SelectOption } from '../../app/SelectField.js';
import type { Account, Organization } from '../../domain/accounts/model.js';
import { createsDocuments } from '../../domain/accounts/organizationRoles.js';

/** The value of the "personal document" choice (sent as no organization). */
export const PERSONAL = '';

/**
 * Whom a new document may belong to, as the create form offers it: the organizations whose
 * committee the person sits on (an administrator: every organization), then a personal document.
 * The first choice is the default, so a chi bộ secretary writes for the chi bộ unless they say
 * otherwise; an administrator, who belongs everywhere, starts from a personal document.
 */
export function documentOwnerChoices(account: Account, organizations: readonly Organization[] | undefined): SelectOption[] {
  const personal: SelectOption = { value: PERSONAL, label: 'Văn bản cá nhân' };
  if (account.isAdmin) {
    const all = [...(organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return [personal, ...all.map((organization) => ({ value: organization.id, label: organization.name }))];
  }
  const seen = new Set<string>();
  const own: SelectOption[] = [];
  for (const membership of account.memberships) {
    if (!createsDocuments(membership.role) || seen.has(membership.organizationId)) continue;
    seen.add(membership.organizationId);
    own.push({ value: membership.organizationId, label: membership.organizationName });
  }
  return [...own, personal];
}

import type { Organization } from '../../domain/accounts/model.js';

/** An organization with how deep it sits under others, for an indented list. */
export interface OrganizationLine {
  organization: Organization;
  depth: number;
}

/**
 * The organizations in tree order: each followed by those under it, siblings by name. One whose
 * parent is missing is shown as a root; a loop in the data cannot hide anyone.
 */
export function organizationTree(organizations: readonly Organization[]): OrganizationLine[] {
  const ids = new Set(organizations.map((o) => o.id));
  const children = new Map<string | null, Organization[]>();
  for (const organization of organizations) {
    const parent = organization.parentId !== null && ids.has(organization.parentId) ? organization.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), organization]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  const lines: OrganizationLine[] = [];
  const placed = new Set<string>();
  const visit = (organization: Organization, depth: number) => {
    if (placed.has(organization.id)) return;
    placed.add(organization.id);
    lines.push({ organization, depth });
    for (const child of children.get(organization.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Organizations in a loop have no root above them: shown at the top level.
  for (const organization of [...organizations].sort((a, b) => a.name.localeCompare(b.name, 'vi'))) visit(organization, 0);
  return lines;
}

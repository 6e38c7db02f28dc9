import type { JSONContent } from '@van-kien/schema';
import type { AccountStore } from '../../accounts/AccountStore.js';
import type { AuthService } from '../../auth/AuthService.js';
import type { DocumentService } from '../../documents/DocumentService.js';
import { newId } from '../../ids.js';
import { UsageError } from '../UsageError.js';
import { DEMO_WARD } from './demoWard.js';

/** Fills a template document's JSON with sample text and chỉ tiêu values. */
function fillSample(
  node: JSONContent,
  text: Record<string, string>,
  targets: Record<string, Record<string, Record<string, string>>>,
): JSONContent {
  if (node.type === 'targetsTable') {
    const rows = targets[String(node.attrs?.tableId)] ?? {};
    return { ...node, content: node.content?.map((row) => ({ ...row, attrs: { ...row.attrs, ...rows[String(row.attrs?.rowId)] } })) };
  }
  const content = node.content?.map((child) => fillSample(child, text, targets));
  const sample = node.type === 'section' ? text[String(node.attrs?.templateSectionId)] : undefined;
  if (sample && content?.[0]?.type === 'paragraph') content[0] = { type: 'paragraph', content: [{ type: 'text', text: sample }] };
  return content ? { ...node, content } : node;
}

/**
 * Creates the demo ward (Đảng bộ phường Ô Chợ Dừa): its organizations, people with their roles, and
 * documents from templates with plausible content. Returns each person's username and password.
 */
export async function createDemoWard(
  auth: AuthService,
  accounts: AccountStore,
  documents: DocumentService,
): Promise<{ username: string; password: string }[]> {
  if ((await accounts.listOrganizations()).some((o) => o.name === DEMO_WARD.organizations[0]!.name)) {
    throw new UsageError('the demo ward already exists in this database');
  }
  const organizationIds = new Map<string, string>();
  for (const o of DEMO_WARD.organizations) {
    const organization = await accounts.createOrganization({
      id: newId(),
      name: o.name,
      kind: o.kind,
      parentId: o.parent ? organizationIds.get(o.parent)! : null,
      now: Date.now(),
    });
    organizationIds.set(o.key, organization.id);
  }
  const people: { username: string; password: string }[] = [];
  const userIds = new Map<string, string>();
  for (const p of DEMO_WARD.people) {
    const { user, generatedPassword } = await auth.createUser(null, { username: p.username, displayName: p.name });
    userIds.set(p.username, user.id);
    people.push({ username: p.username, password: generatedPassword! });
    for (const [key, role] of p.roles) await accounts.addMembership({ organizationId: organizationIds.get(key)!, userId: user.id, role });
  }
  for (const d of DEMO_WARD.documents) {
    const creator = await accounts.getUser(userIds.get(d.creator)!);
    const request = { organizationId: organizationIds.get(d.organization)!, templateId: d.template, fields: d.fields };
    await documents.create(creator!, request, { fillContent: (json) => fillSample(json, d.text, d.targets) });
  }
  return people;
}

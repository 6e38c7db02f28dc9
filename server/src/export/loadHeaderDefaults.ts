import type { DocumentHeader } from '@van-kien/schema';
import type { AccountStore } from '../accounts/AccountStore.js';
import type { Organization } from '../accounts/model.js';
import type { DocumentRecord } from '../storage/Storage.js';
import type { TemplateCatalog } from '../templates/TemplateCatalog.js';
import { documentHeaderDefaults } from './documentHeaderDefaults.js';

/** Where the wards are: "today" on a document is today in Vietnam, whatever the server's clock zone. */
export const WARD_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** An organization tree is shallow (phường → chi bộ); the bound only stops a cycle in bad data. */
const MAX_ANCESTORS = 10;

export interface HeaderDefaultsSources {
  accounts: AccountStore;
  templates: TemplateCatalog;
}

/** yyyy-mm-dd of the instant `now` in Vietnam. */
export function wardDate(now: number): string {
  // The Canadian English format is yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: WARD_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The header defaults of the document `record`, from its organization, template and title. */
export async function loadHeaderDefaults(
  record: DocumentRecord,
  { accounts, templates }: HeaderDefaultsSources,
  now: number,
): Promise<DocumentHeader> {
  const organization = (record.organizationId && (await accounts.getOrganization(record.organizationId))) || null;
  const ancestors: Organization[] = [];
  for (let parentId = organization?.parentId; parentId && ancestors.length < MAX_ANCESTORS; ) {
    const parent = await accounts.getOrganization(parentId);
    if (!parent) break;
    ancestors.push(parent);
    parentId = parent.parentId;
  }
  const head = organization && (await accounts.membersOf(organization.id)).find((member) => member.role === 'head');
  const headName = (head && (await accounts.getUser(head.userId))?.displayName) || null;
  const template = record.templateId ? await templates.find(record.templateId, record.templateVersion ?? undefined) : undefined;
  return documentHeaderDefaults({
    title: record.title,
    documentType: template?.documentType ?? null,
    organization,
    ancestors,
    headName,
    today: wardDate(now),
  });
}

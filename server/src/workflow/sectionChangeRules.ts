import { SECTION_STATUSES, type SectionStatus } from '@van-kien/schema';
import * as Y from 'yjs';
import type { ChangeAuthor } from '../sync/DocumentRoom.js';

/** Attributes a section gets from its template when the document is made; nobody changes them after. */
const FIXED_ATTRIBUTES = new Set(['sectionId', 'templateSectionId', 'numbering', 'title', 'guidance', 'required']);
const APPROVED: SectionStatus = 'da-duyet';
/** What a new section that may not be born approved starts as. */
const UNAPPROVED: SectionStatus = 'dang-soan';
const MAX_ASSIGNEE_LENGTH = 100;

/** A section attribute a transaction changed against the workflow, and the value to put back (undefined: none). */
export interface RefusedChange {
  section: Y.XmlElement;
  key: string;
  restore: unknown;
  reason: string;
}

/**
 * The section attribute changes of a member's transaction that the workflow does not allow
 * (DOMAIN.md §C, §D): fixed attributes never change; a status is one of the four; only an approver
 * sets or clears "Đã duyệt", also by making a new section that is born approved; an assignee is a
 * short name or nobody. Read during the transaction's `afterTransaction`, while its events exist.
 */
export function refusedSectionChanges(transaction: Y.Transaction, author: ChangeAuthor): RefusedChange[] {
  const refused: RefusedChange[] = [];
  if (!author.mayApprove) {
    for (const section of sectionsMadeIn(transaction)) {
      if (section.getAttribute('status') === APPROVED) {
        refused.push({ section, key: 'status', restore: UNAPPROVED, reason: 'only an approver makes an approved section' });
      }
    }
  }
  for (const type of transaction.changed.keys()) {
    if (!isSection(type)) continue;
    const event = transaction.changedParentTypes
      .get(type as unknown as Y.AbstractType<Y.YEvent<Y.XmlElement>>)
      ?.find((e) => e.target === type);
    if (!event) continue;
    for (const [key, change] of event.keys) {
      const before = change.action === 'add' ? undefined : change.oldValue;
      const reason = refusalOf(key, before, type.getAttribute(key), author);
      if (reason) refused.push({ section: type, key, restore: before, reason });
    }
  }
  return refused;
}

function refusalOf(key: string, before: unknown, after: unknown, author: ChangeAuthor): string | undefined {
  if (FIXED_ATTRIBUTES.has(key)) return `${key} is fixed by the template`;
  if (key === 'status') {
    if (!SECTION_STATUSES.includes(after as SectionStatus)) return `"${String(after)}" is not a section status`;
    if ((before === APPROVED || after === APPROVED) && !author.mayApprove) return 'only an approver sets or clears "Đã duyệt"';
  }
  if (key === 'assignee' && after !== undefined && after !== null && (typeof after !== 'string' || after.length > MAX_ASSIGNEE_LENGTH)) {
    return `an assignee is a name of at most ${MAX_ASSIGNEE_LENGTH} characters`;
  }
  return undefined;
}

function isSection(type: unknown): type is Y.XmlElement {
  return type instanceof Y.XmlElement && type.nodeName === 'section';
}

/** Sections the transaction created, found among its new structs only: typing must not walk the document. */
function sectionsMadeIn(transaction: Y.Transaction): Y.XmlElement[] {
  const made: Y.XmlElement[] = [];
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = transaction.doc.store.clients.get(client) ?? [];
    for (let index = Y.findIndexSS(structs, before); index < structs.length; index++) {
      const struct = structs[index];
      if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentType && isSection(struct.content.type)) {
        made.push(struct.content.type);
      }
    }
  }
  return made;
}

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
  for (const [type, keys] of transaction.changed) {
    // A root type may still be untyped on the server (nobody asked for it as an XmlFragment yet).
    if (keys.has(null) && (type._item === null || isSection(type))) {
      for (const section of sectionsMadeIn(type, transaction)) {
        if (section.getAttribute('status') === APPROVED && !author.mayApprove) {
          refused.push({ section, key: 'status', restore: UNAPPROVED, reason: 'only an approver makes an approved section' });
        }
      }
    }
    if (!isSection(type)) continue;
    const event = transaction.changedParentTypes.get(type as unknown as Y.AbstractType<Y.YEvent<Y.XmlElement>>)?.find((e) => e.target === type);
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

/** Sections inside `parent` (at any depth) that the transaction created. */
function sectionsMadeIn(parent: Y.AbstractType<any>, transaction: Y.Transaction): Y.XmlElement[] {
  const made: Y.XmlElement[] = [];
  const visit = (type: Y.AbstractType<any>, allNew: boolean) => {
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType) || !isSection(item.content.type)) continue;
      const isNew = allNew || item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
      if (isNew) made.push(item.content.type);
      // Sections inside an old one were seen when their own parent changed.
      if (isNew) visit(item.content.type, true);
    }
  };
  visit(parent, false);
  return made;
}

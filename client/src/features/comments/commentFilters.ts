import { type CommentKind, commentKindLabels } from '@van-kien/schema';
import type { SelectOption } from '../../app/SelectField.js';
import type { Thread } from '../../domain/comments/commentModel.js';
import { type Placements, type SectionHeading, sectionName, sectionOf } from './threadGrouping.js';

/** The choice "all" of every filter. */
export const ALL = '';
/** The section choice of comments on the whole document. */
export const GENERAL = 'chung';
/** The organization choice of comments that speak for no organization. */
export const NO_ORGANIZATION = 'ca-nhan';

/** What the comments panel shows; each field is `ALL` or one choice. */
export interface ThreadFilter {
  /** A section (with its subsections), or `GENERAL`. */
  section: string;
  /** An organization id, or `NO_ORGANIZATION`. */
  organization: string;
  kind: CommentKind | typeof ALL;
  status: 'open' | 'resolved' | typeof ALL;
  answer: 'answered' | 'unanswered' | typeof ALL;
}

export const NO_FILTER: ThreadFilter = { section: ALL, organization: ALL, kind: ALL, status: ALL, answer: ALL };

export function isFiltered(filter: ThreadFilter): boolean {
  return Object.values(filter).some((value) => value !== ALL);
}

/** `sectionId` and the sections nested in it, from an outline in document order with depths. */
function withSubsections(outline: readonly SectionHeading[], sectionId: string): Set<string> {
  const start = outline.findIndex((section) => section.sectionId === sectionId);
  const ids = new Set<string>();
  if (start < 0) return ids;
  ids.add(sectionId);
  for (let index = start + 1; index < outline.length && outline[index]!.depth > outline[start]!.depth; index += 1)
    ids.add(outline[index]!.sectionId);
  return ids;
}

/** The threads `filter` lets through; a section lets through the comments of its subsections too. */
export function filterThreads<T extends Pick<Thread, 'id' | 'anchor' | 'organization' | 'kind' | 'status' | 'answer'>>(
  threads: readonly T[],
  filter: ThreadFilter,
  placements: Placements,
  outline: readonly SectionHeading[],
): T[] {
  const sections = filter.section === ALL || filter.section === GENERAL ? undefined : withSubsections(outline, filter.section);
  return threads.filter((thread) => {
    if (filter.section === GENERAL && thread.anchor !== null) return false;
    if (sections) {
      const sectionId = sectionOf(thread, placements);
      if (sectionId === null || !sections.has(sectionId)) return false;
    }
    if (filter.organization !== ALL && (thread.organization?.id ?? NO_ORGANIZATION) !== filter.organization) return false;
    if (filter.kind !== ALL && thread.kind !== filter.kind) return false;
    if (filter.status !== ALL && thread.status !== filter.status) return false;
    if (filter.answer === 'answered' && thread.answer === null) return false;
    if (filter.answer === 'unanswered' && thread.answer !== null) return false;
    return true;
  });
}

/** The choices of the organization filter: the organizations that have spoken, by name, then "no organization" if anyone spoke for none. */
export function organizationOptions(threads: readonly Pick<Thread, 'organization'>[]): SelectOption[] {
  const names = new Map<string, string>();
  let unaffiliated = false;
  for (const thread of threads) {
    if (thread.organization) names.set(thread.organization.id, thread.organization.name);
    else unaffiliated = true;
  }
  const options = [...names].sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([value, label]) => ({ value, label }));
  return [
    { value: ALL, label: 'Tất cả tổ chức' },
    ...options,
    ...(unaffiliated ? [{ value: NO_ORGANIZATION, label: 'Không thuộc tổ chức' }] : []),
  ];
}

/** The choices of the section filter: "all", the whole-document comments, then every section indented by depth. */
export function sectionOptions(outline: readonly SectionHeading[]): SelectOption[] {
  return [
    { value: ALL, label: 'Tất cả các phần' },
    { value: GENERAL, label: 'Góp ý chung' },
    ...outline.map((section) => ({ value: section.sectionId, label: '\u00a0\u00a0'.repeat(section.depth) + sectionName(section) })),
  ];
}

export const KIND_OPTIONS: SelectOption[] = [
  { value: ALL, label: 'Mọi loại ý kiến' },
  ...Object.entries(commentKindLabels).map(([value, label]) => ({ value, label })),
];

export const STATUS_OPTIONS: SelectOption[] = [
  { value: ALL, label: 'Mọi trạng thái' },
  { value: 'open', label: 'Chưa xử lý' },
  { value: 'resolved', label: 'Đã xử lý' },
];

export const ANSWER_OPTIONS: SelectOption[] = [
  { value: ALL, label: 'Đã trả lời hay chưa' },
  { value: 'answered', label: 'Đã trả lời' },
  { value: 'unanswered', label: 'Chưa trả lời' },
];

import { canHold, type Section, type SectionNumbering, sectionNumberings, type Template } from '@van-kien/templates';

/**
 * Pure operations on a template's section tree, as the template editor changes it. Every
 * function returns a new tree and leaves its input untouched; an id that names no section
 * leaves the tree as it was (same array).
 */

/** Where a new section goes: appended under `parentId` (null: the top level), or right after `afterId`. */
export type SectionPlace = { parentId: string | null } | { afterId: string };

/** How each numbering reads in the editor's choices. */
export const NUMBERING_NAMES: Readonly<Record<SectionNumbering, string>> = {
  part: 'PHẦN THỨ NHẤT, THỨ HAI…',
  roman: 'I., II., III.…',
  arabic: '1., 2., 3.…',
  letter: 'a), b), c)…',
  none: 'Không đánh số',
};

/** Where a section sits: its siblings, its index among them, and the numbering it lives under. */
interface Location {
  siblings: readonly Section[];
  index: number;
  /** The nearest numbered ancestor's numbering; undefined at the top or under unnumbered ones only. */
  numberedAncestor: SectionNumbering | undefined;
}

function locate(
  sections: readonly Section[],
  id: string,
  numberedAncestor: SectionNumbering | undefined = undefined,
): Location | undefined {
  for (const [index, section] of sections.entries()) {
    if (section.id === id) return { siblings: sections, index, numberedAncestor };
    const inner = locate(section.children, id, section.numbering === 'none' ? numberedAncestor : section.numbering);
    if (inner) return inner;
  }
  return undefined;
}

/** The section with `id`, anywhere in the tree. */
export function findSection(sections: readonly Section[], id: string): Section | undefined {
  const where = locate(sections, id);
  return where?.siblings[where.index];
}

/** Every section id in the tree. */
export function sectionIds(sections: readonly Section[]): Set<string> {
  const ids = new Set<string>();
  const visit = (list: readonly Section[]) => {
    for (const section of list) {
      ids.add(section.id);
      visit(section.children);
    }
  };
  visit(sections);
  return ids;
}

/** Replaces the sibling list that holds `id` by `change(siblings, index)`, rebuilding the path to it. */
function changeSiblings(sections: Section[], id: string, change: (siblings: Section[], index: number) => Section[]): Section[] {
  const index = sections.findIndex((section) => section.id === id);
  if (index >= 0) return change(sections, index);
  let changed = false;
  const next = sections.map((section) => {
    if (changed) return section;
    const children = changeSiblings(section.children, id, change);
    if (children === section.children) return section;
    changed = true;
    return { ...section, children };
  });
  return changed ? next : sections;
}

/** Applies `patch` to the section with `id` (title, guidance, required…; its children stay). */
export function updateSection(sections: Section[], id: string, patch: Partial<Omit<Section, 'id' | 'children'>>): Section[] {
  return changeSiblings(sections, id, (siblings, index) =>
    siblings.map((section, i) => (i === index ? { ...section, ...patch } : section)),
  );
}

/** Gives the section with `id` a new title. */
export function renameSection(sections: Section[], id: string, title: string): Section[] {
  return updateSection(sections, id, { title });
}

/** Removes the section with `id` and everything under it. */
export function removeSection(sections: Section[], id: string): Section[] {
  return changeSiblings(sections, id, (siblings, index) => siblings.filter((_, i) => i !== index));
}

/** Swaps the section with `id` with its previous (-1) or next (+1) sibling; at either end nothing moves. */
export function moveSection(sections: Section[], id: string, direction: -1 | 1): Section[] {
  return changeSiblings(sections, id, (siblings, index) => {
    const target = index + direction;
    if (target < 0 || target >= siblings.length) return siblings;
    const next = [...siblings];
    [next[index], next[target]] = [next[target]!, next[index]!];
    return next;
  });
}

/** Whether the section with `id` can move that way among its siblings. */
export function canMove(sections: readonly Section[], id: string, direction: -1 | 1): boolean {
  const where = locate(sections, id);
  if (!where) return false;
  const target = where.index + direction;
  return target >= 0 && target < where.siblings.length;
}

/** Inserts `section` at `place`; a place naming no section leaves the tree as it was. */
export function addSection(sections: Section[], section: Section, place: SectionPlace): Section[] {
  if ('afterId' in place) {
    return changeSiblings(sections, place.afterId, (siblings, index) => [
      ...siblings.slice(0, index + 1),
      section,
      ...siblings.slice(index + 1),
    ]);
  }
  if (place.parentId === null) return [...sections, section];
  return changeSiblings(sections, place.parentId, (siblings, index) =>
    siblings.map((parent, i) => (i === index ? { ...parent, children: [...parent.children, section] } : parent)),
  );
}

/**
 * The numberings a new section may take at `place` (Hướng dẫn 36-HD/VPTW, via `canHold`): what
 * the nearest numbered ancestor can hold, and, when its new siblings are already numbered, their
 * style only (or unnumbered), so the counter keeps its meaning.
 */
export function numberingChoices(sections: readonly Section[], place: SectionPlace): SectionNumbering[] {
  let ancestor: SectionNumbering | undefined;
  let siblings: readonly Section[];
  if ('afterId' in place) {
    const where = locate(sections, place.afterId);
    if (!where) return [];
    ancestor = where.numberedAncestor;
    siblings = where.siblings;
  } else if (place.parentId === null) {
    ancestor = undefined;
    siblings = sections;
  } else {
    const where = locate(sections, place.parentId);
    const parent = where?.siblings[where.index];
    if (!where || !parent) return [];
    ancestor = parent.numbering === 'none' ? where.numberedAncestor : parent.numbering;
    siblings = parent.children;
  }
  const siblingStyle = siblings.find((section) => section.numbering !== 'none')?.numbering;
  return sectionNumberings.filter(
    (numbering) => canHold(ancestor, numbering) && (numbering === 'none' || siblingStyle === undefined || numbering === siblingStyle),
  );
}

/** "Kết quả đạt được!" → "ket-qua-dat-duoc": ASCII, lower case, words joined by hyphens, at most `max` characters. */
export function kebabFromTitle(title: string, max = 40): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let out = '';
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' ? (words[0]?.slice(0, max) ?? '') : out;
}

/** Four random base-36 characters. */
function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 6).padEnd(4, '0');
}

/**
 * An id for a new section: kebab-case from its title plus a short suffix, e.g.
 * "ket-qua-dat-duoc-x7k2", and not among `taken`. `suffix` is replaceable for tests.
 */
export function newSectionId(title: string, taken: ReadonlySet<string>, suffix: () => string = randomSuffix): string {
  const base = kebabFromTitle(title) || 'muc';
  for (;;) {
    const id = `${base}-${suffix()}`;
    if (!taken.has(id)) return id;
  }
}

/** Guidance a new section starts with, so the template stays valid until the administrator writes their own. */
export const DEFAULT_GUIDANCE = 'Trình bày nội dung của mục này.';

/** A new prose section titled `title`, with an id unique in `sections`. */
export function newSection(sections: readonly Section[], title: string, numbering: SectionNumbering, suffix?: () => string): Section {
  return {
    id: newSectionId(title, sectionIds(sections), suffix),
    numbering,
    title,
    guidance: DEFAULT_GUIDANCE,
    required: false,
    body: { kind: 'prose' },
    children: [],
  };
}

/** Text as the schema wants it: trimmed and NFC, so a stray space typed at the end is not an error. */
function tidyText(value: string): string {
  return value.normalize('NFC').trim();
}

/** The template with the texts edited here (title, source, section titles and guidance) tidied. */
export function tidyTemplate(template: Template): Template {
  const tidySections = (sections: readonly Section[]): Section[] =>
    sections.map((section) => ({
      ...section,
      title: tidyText(section.title),
      guidance: tidyText(section.guidance),
      children: tidySections(section.children),
    }));
  return { ...template, title: tidyText(template.title), source: tidyText(template.source), sections: tidySections(template.sections) };
}

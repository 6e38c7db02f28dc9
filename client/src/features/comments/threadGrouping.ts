import type { ResolvedAnchor } from '@van-kien/schema';

/** What grouping needs of a thread. */
export interface GroupedThread {
  id: string;
  createdAt: number;
  /** Null for a comment on the whole document. */
  anchor: { sectionId: string | null } | null;
}

/** Where each thread's passage is now, by thread id; a thread with an anchor but no entry is still being resolved. */
export type Placements = ReadonlyMap<string, ResolvedAnchor>;

/** A section as the comments list names it. */
export interface SectionHeading {
  sectionId: string;
  /** "I.", "1.", "a)" or "". */
  label: string;
  title: string;
  /** Position of the section node in the editor's document. */
  position: number;
  /** 0 for a top-level section. */
  depth: number;
}

/** "I. Kết quả đạt được": the label and the title, as the outline shows them. */
export function sectionName(section: Pick<SectionHeading, 'label' | 'title'>): string {
  return [section.label, section.title].filter((part) => part !== '').join(' ');
}

export interface SectionGroup<T> {
  section: SectionHeading;
  threads: T[];
}

/** The threads of a document in the order of its text, as the list view and the report show them. */
export interface GroupedThreads<T> {
  /** Comments on the whole document ("Góp ý chung"), oldest first. */
  general: T[];
  /** Sections in document order, only those with comments. */
  sections: SectionGroup<T>[];
  /** Comments on passages outside any section (a document without a template), in text order. */
  unsectioned: T[];
}

/** The section a thread belongs to now: its passage's, or the one it was made in until that is known. */
export function sectionOf(thread: Pick<GroupedThread, 'id' | 'anchor'>, placements: Placements): string | null {
  if (thread.anchor === null) return null;
  return placements.get(thread.id)?.sectionId ?? thread.anchor.sectionId;
}

/**
 * Orders threads as their passages stand in the text: attached ones by the start of their passage,
 * then those whose passage was deleted (or is not yet resolved), oldest first.
 */
function inTextOrder<T extends GroupedThread>(threads: readonly T[], placements: Placements): T[] {
  const start = (thread: T) => {
    const placement = placements.get(thread.id);
    return placement?.state === 'attached' ? placement.from : Number.POSITIVE_INFINITY;
  };
  return [...threads].sort((a, b) => start(a) - start(b) || a.createdAt - b.createdAt);
}

/**
 * Groups threads under the sections of `outline` (document order), their passages in text order
 * within each, with the whole-document comments apart. A thread whose section no longer exists
 * (nor any ancestor: the resolver already moved it up) counts as outside sections.
 */
export function groupBySection<T extends GroupedThread>(
  threads: readonly T[],
  placements: Placements,
  outline: readonly SectionHeading[],
): GroupedThreads<T> {
  const known = new Set(outline.map((section) => section.sectionId));
  const bySection = new Map<string, T[]>();
  const general: T[] = [];
  const unsectioned: T[] = [];
  for (const thread of threads) {
    if (thread.anchor === null) {
      general.push(thread);
      continue;
    }
    const sectionId = sectionOf(thread, placements);
    if (sectionId === null || !known.has(sectionId)) unsectioned.push(thread);
    else bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), thread]);
  }
  return {
    general: [...general].sort((a, b) => a.createdAt - b.createdAt),
    sections: outline
      .filter((section) => bySection.has(section.sectionId))
      .map((section) => ({ section, threads: inTextOrder(bySection.get(section.sectionId)!, placements) })),
    unsectioned: inTextOrder(unsectioned, placements),
  };
}

/** A thread with the document position its card stands level with in the margin. */
export interface MarginItem<T> {
  thread: T;
  position: number;
}

/**
 * The threads of the margin (all but whole-document ones), each at the position of its passage;
 * a thread whose passage was deleted stands at its section's heading, or at the top without one.
 * In document order, ties by age, so the cards stack in reading order.
 */
export function marginItems<T extends GroupedThread>(
  threads: readonly T[],
  placements: Placements,
  outline: readonly SectionHeading[],
): MarginItem<T>[] {
  const sectionPosition = new Map(outline.map((section) => [section.sectionId, section.position]));
  const items: MarginItem<T>[] = [];
  for (const thread of threads) {
    if (thread.anchor === null) continue;
    const placement = placements.get(thread.id);
    const sectionId = sectionOf(thread, placements);
    const position =
      placement?.state === 'attached' ? placement.from : ((sectionId === null ? undefined : sectionPosition.get(sectionId)) ?? 0);
    items.push({ thread, position });
  }
  return items.sort((a, b) => a.position - b.position || a.thread.createdAt - b.thread.createdAt);
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { type DocumentProgress, documentOutline, type OutlineEntry, outlineProgress } from '@van-kien/schema';

/** What the outline shows: the sections, the progress, and where the cursor is. */
export interface OutlineState {
  entries: readonly OutlineEntry[];
  progress: DocumentProgress;
  /** The section the cursor is in (the innermost), if any. */
  currentSectionId: string | undefined;
}

const byDocument = new WeakMap<ProseMirrorNode, Pick<OutlineState, 'entries' | 'progress'>>();

/** Outline and progress of `doc`, computed once per document version (a cursor move reuses them). */
function outlineOf(doc: ProseMirrorNode): Pick<OutlineState, 'entries' | 'progress'> {
  let outline = byDocument.get(doc);
  if (!outline) {
    const entries = documentOutline(doc);
    outline = { entries, progress: outlineProgress(entries) };
    byDocument.set(doc, outline);
  }
  return outline;
}

function currentSectionId(state: EditorState): string | undefined {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'section') return node.attrs.sectionId as string;
  }
  return undefined;
}

/** The outline of the editor's state. */
export function outlineState(state: EditorState): OutlineState {
  return { ...outlineOf(state.doc), currentSectionId: currentSectionId(state) };
}

/** Field by field, leaving positions out: they move with every letter typed above a section. */
function sameEntry(a: OutlineEntry, b: OutlineEntry): boolean {
  return (
    a.sectionId === b.sectionId &&
    a.depth === b.depth &&
    a.label === b.label &&
    a.title === b.title &&
    a.required === b.required &&
    a.assignee === b.assignee &&
    a.status === b.status &&
    a.hasContent === b.hasContent
  );
}

/** Whether two outline states would show the same, so the outline need not render again. */
export function sameOutline(a: OutlineState, b: OutlineState): boolean {
  if (a.currentSectionId !== b.currentSectionId) return false;
  if (a.progress.withContent !== b.progress.withContent || a.progress.total !== b.progress.total) return false;
  if (a.entries === b.entries) return true;
  return a.entries.length === b.entries.length && a.entries.every((entry, index) => sameEntry(entry, b.entries[index]!));
}

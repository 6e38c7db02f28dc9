import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { documentOutline } from '@van-kien/schema';

/** What a section's view learns from the whole document rather than from its own node. */
export interface SectionContext {
  /** "PHẦN THỨ NHẤT", "I.", "1.", "a)", or "" for an unnumbered section. */
  label: string;
  /** Whether its own body (subsections aside) is still empty: the guidance shows while it is. */
  empty: boolean;
  /** 0 for a top-level section. */
  depth: number;
}

/** The key whose `spec` field a section decoration carries its `SectionContext` under. */
const SPEC_FIELD = 'vkSection';

/**
 * One node decoration per section, carrying its computed label and whether its body is empty,
 * both as `data-label`/`data-empty` on the section's element (for CSS) and as the decoration's
 * spec (for the node view). The numbering depends on the siblings, so it is computed from the
 * whole document each time it changes; ProseMirror then redraws only the sections whose
 * decoration differs.
 */
export function sectionDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations = documentOutline(doc).map((entry) => {
    const node = doc.nodeAt(entry.position)!;
    const context: SectionContext = { label: entry.label, empty: !entry.hasContent, depth: entry.depth };
    return Decoration.node(
      entry.position,
      entry.position + node.nodeSize,
      { 'data-label': entry.label, 'data-empty': String(context.empty) },
      { [SPEC_FIELD]: context },
    );
  });
  return DecorationSet.create(doc, decorations);
}

/** The `SectionContext` among a node view's decorations, if the plugin gave it one. */
export function sectionContextOf(decorations: readonly Decoration[]): SectionContext | undefined {
  for (const decoration of decorations) {
    const context = (decoration.spec as Record<string, unknown>)[SPEC_FIELD];
    if (context) return context as SectionContext;
  }
  return undefined;
}

export const sectionDecorationsKey = new PluginKey<DecorationSet>('vkSectionDecorations');

/** Keeps `sectionDecorations` up to date: recomputed on every change of the document, by anyone. */
export function sectionDecorationsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: sectionDecorationsKey,
    state: {
      init: (_config, state) => sectionDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? sectionDecorations(tr.doc) : previous),
    },
    props: {
      decorations: (state) => sectionDecorationsKey.getState(state),
    },
  });
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type Decoration as DecorationType } from '@tiptap/pm/view';
import { summaryText, targetTableCount } from '@van-kien/schema';
import type { AchievedCount } from '@van-kien/templates';

const SPEC_FIELD = 'vkTargetSummary';

/**
 * One node decoration per "đạt x/y chỉ tiêu" in the text, carrying the sentence as its table
 * counts now. The table can be anywhere in the document, so every change recomputes them;
 * ProseMirror redraws only the summaries whose text changed.
 */
export function targetSummaryDecorations(doc: ProseMirrorNode): DecorationSet {
  const counts = new Map<string, AchievedCount | undefined>();
  const decorations: DecorationType[] = [];
  doc.descendants((node, position) => {
    if (node.type.name !== 'targetSummary') return true;
    const tableId = String(node.attrs.tableId ?? '');
    if (!counts.has(tableId)) counts.set(tableId, targetTableCount(doc, tableId));
    const text = summaryText(counts.get(tableId));
    decorations.push(Decoration.node(position, position + node.nodeSize, {}, { [SPEC_FIELD]: text }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The sentence a summary's view should show, from its decorations. */
export function summaryTextOf(decorations: readonly DecorationType[]): string | undefined {
  for (const decoration of decorations) {
    const text = (decoration.spec as Record<string, unknown>)[SPEC_FIELD];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

export const targetSummaryDecorationsKey = new PluginKey<DecorationSet>('vkTargetSummaryDecorations');

/** Keeps `targetSummaryDecorations` up to date with every change, by anyone. */
export function targetSummaryDecorationsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: targetSummaryDecorationsKey,
    state: {
      init: (_config, state) => targetSummaryDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? targetSummaryDecorations(tr.doc) : previous),
    },
    props: {
      decorations: (state) => targetSummaryDecorationsKey.getState(state),
    },
  });
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** A commented passage to highlight: its thread and its range in the editor's document. */
export interface Highlight {
  threadId: string;
  from: number;
  to: number;
  /** Dealt with: shown fainter than the ones still open. */
  resolved: boolean;
}

interface HighlightState {
  decorations: DecorationSet;
  focused: string | null;
}

/** What a transaction's meta under the plugin's key sets: the passages and the thread in focus. */
interface HighlightUpdate {
  highlights: readonly Highlight[];
  focused: string | null;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('vkCommentHighlights');

/** One inline decoration per passage, carrying its thread id for clicks and for the margin. */
export function highlightDecorations(doc: ProseMirrorNode, { highlights, focused }: HighlightUpdate): DecorationSet {
  const size = doc.content.size;
  const decorations = highlights
    .map((highlight) => ({
      ...highlight,
      from: Math.max(0, Math.min(highlight.from, size)),
      to: Math.max(0, Math.min(highlight.to, size)),
    }))
    .filter((highlight) => highlight.from < highlight.to)
    .map((highlight) => {
      const classes = ['comment-highlight'];
      if (highlight.resolved) classes.push('comment-highlight--resolved');
      if (highlight.threadId === focused) classes.push('comment-highlight--focused');
      return Decoration.inline(
        highlight.from,
        highlight.to,
        { class: classes.join(' '), 'data-thread-id': highlight.threadId },
        { threadId: highlight.threadId },
      );
    });
  return DecorationSet.create(doc, decorations);
}

/** The thread whose passage is at `position`; the shortest passage wins where passages overlap. */
export function threadAt(decorations: DecorationSet, position: number): string | undefined {
  const found = decorations.find(position, position).filter((decoration) => decoration.from <= position && position < decoration.to);
  found.sort((a, b) => a.to - a.from - (b.to - b.from));
  return (found[0]?.spec as { threadId?: string } | undefined)?.threadId;
}

const rangesByState = new WeakMap<EditorState, Map<string, { from: number; to: number }>>();

/**
 * Where each highlighted passage is now in `state`, by thread id, after everyone's edits since it
 * was set; computed once per editor state, however many cards ask.
 */
export function highlightedRanges(state: EditorState): ReadonlyMap<string, { from: number; to: number }> {
  const known = rangesByState.get(state);
  if (known) return known;
  const ranges = new Map<string, { from: number; to: number }>();
  for (const decoration of commentHighlightsKey.getState(state)?.decorations.find() ?? []) {
    const threadId = (decoration.spec as { threadId: string }).threadId;
    const range = ranges.get(threadId);
    // A passage over several paragraphs comes back as one decoration per piece.
    ranges.set(
      threadId,
      range
        ? { from: Math.min(range.from, decoration.from), to: Math.max(range.to, decoration.to) }
        : { from: decoration.from, to: decoration.to },
    );
  }
  rangesByState.set(state, ranges);
  return ranges;
}

/** A transaction that sets the highlighted passages and the thread in focus (not an edit: never undone, never sent). */
export function setHighlights(state: EditorState, update: HighlightUpdate): Transaction {
  return state.tr.setMeta(commentHighlightsKey, update).setMeta('addToHistory', false);
}

/**
 * Highlights the commented passages (set with `setHighlights`, kept in place through edits until
 * set again) and tells `onActivate` which thread's passage was clicked, or null for a click
 * elsewhere in the text.
 */
export function commentHighlightsPlugin(onActivate: (threadId: string | null) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, focused: null }),
      apply: (tr, previous) => {
        const update = tr.getMeta(commentHighlightsKey) as HighlightUpdate | undefined;
        if (update) return { decorations: highlightDecorations(tr.doc, update), focused: update.focused };
        return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      handleClick: (view, position) => {
        onActivate(threadAt(commentHighlightsKey.getState(view.state)!.decorations, position) ?? null);
        // The click still places the cursor or starts a selection as usual.
        return false;
      },
    },
  });
}

import { type Editor, useEditorState } from '@tiptap/react';

/** A selected passage of the editor's document. */
export interface SelectedPassage {
  from: number;
  to: number;
}

/**
 * The passage selected in `editor`, or null when nothing with text in it is selected; re-renders
 * only when that changes. Works in a read-only editor too: ProseMirror follows the browser's
 * selection there as well.
 */
export function useTextSelection(editor: Editor): SelectedPassage | null {
  return useEditorState({
    editor,
    selector: ({ editor: current }): SelectedPassage | null => {
      const { from, to, empty } = current.state.selection;
      if (empty || current.state.doc.textBetween(from, to, ' ').trim() === '') return null;
      return { from, to };
    },
    equalityFn: (a, b) => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to),
  });
}

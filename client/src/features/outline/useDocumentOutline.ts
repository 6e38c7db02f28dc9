import { type Editor, useEditorState } from '@tiptap/react';
import { type OutlineState, outlineState, sameOutline } from './outlineState.js';

/**
 * The outline of the document in `editor`, following every change (anyone's typing arrives as a
 * transaction too); re-renders only when what the outline shows changed.
 */
export function useDocumentOutline(editor: Editor): OutlineState {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => outlineState(current.state),
    equalityFn: (a, b) => b !== null && sameOutline(a, b),
  });
}

import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { commentHighlightsKey, commentHighlightsPlugin, type Highlight, setHighlights } from './commentHighlights.js';

/**
 * Shows `highlights` in `editor`, `focused` apart, and calls `onActivate` when a passage (or, with
 * null, other text) is clicked. The plugin is added to the running editor and removed with the
 * component, so the editor knows nothing of comments.
 */
export function useCommentHighlights(
  editor: Editor,
  highlights: readonly Highlight[],
  focused: string | null,
  onActivate: (threadId: string | null) => void,
): void {
  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  });

  useEffect(() => {
    editor.registerPlugin(commentHighlightsPlugin((threadId) => activate.current(threadId)));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentHighlightsKey);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(setHighlights(editor.state, { highlights, focused }));
  }, [editor, highlights, focused]);
}

import { type Editor, EditorContent } from '@tiptap/react';
import { EditorToolbar } from './EditorToolbar.js';
import './editor.css';
import './templateDocument.css';

export interface DocumentEditorProps {
  /** From `useDocumentEditor`. */
  editor: Editor;
  /** Whether to show the formatting toolbar; match the `editable` the editor was made with. */
  editable: boolean;
}

/**
 * The rich-text view of a shared document: a toolbar and an A4-like page. Knows nothing of
 * saving or connecting.
 */
export function DocumentEditor({ editor, editable }: DocumentEditorProps) {
  return (
    <div className={editable ? 'editor' : 'editor editor--read-only'} data-testid="editor" data-editable={editable}>
      {editable && <EditorToolbar editor={editor} />}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer convenience: a click in the page's margin puts the cursor at the end; the keyboard reaches the text itself, which is focusable */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: as above, the text is reached and typed in by keyboard directly */}
      <div className="page" onClick={(event) => editable && event.target === event.currentTarget && editor.commands.focus('end')}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

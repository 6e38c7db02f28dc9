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
      <div className="page" onClick={(event) => editable && event.target === event.currentTarget && editor.commands.focus('end')}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

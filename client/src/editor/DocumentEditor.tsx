import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { CONTENT_FRAGMENT, documentExtensions } from '@van-kien/schema';
import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { EditorToolbar } from './EditorToolbar.js';
import './editor.css';

/** The local user as their caret appears to others. */
export interface CaretUser {
  name: string;
  color: string;
}

export interface DocumentEditorProps {
  /** The shared document; its `CONTENT_FRAGMENT` holds the text. */
  doc: Y.Doc;
  /** Carries the carets of everyone editing through its awareness. */
  provider: WebsocketProvider;
  user: CaretUser;
  /**
   * False for commenters and viewers: the text cannot be changed here and the formatting toolbar
   * is not shown. The server refuses their edits anyway; this keeps them from typing text that
   * could never be saved.
   */
  editable: boolean;
}

/**
 * The rich-text view of a shared document: a toolbar and an A4-like page. Knows nothing of
 * saving or connecting; mount a new one (keyed) for another document.
 */
export function DocumentEditor({ doc, provider, user, editable }: DocumentEditorProps) {
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...documentExtensions(),
        Collaboration.configure({ document: doc, field: CONTENT_FRAGMENT }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editorProps: {
        attributes: { class: 'page__content', 'aria-label': 'Nội dung văn bản', lang: 'vi' },
      },
    },
    // The user is not a dependency: a new name is sent with updateUser below instead of
    // rebuilding the editor.
    [doc, provider, editable],
  );

  useEffect(() => {
    editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  return (
    <div className={editable ? 'editor' : 'editor editor--read-only'} data-testid="editor" data-editable={editable}>
      {editable && <EditorToolbar editor={editor} />}
      <div className="page" onClick={(event) => editable && event.target === event.currentTarget && editor.commands.focus('end')}>
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

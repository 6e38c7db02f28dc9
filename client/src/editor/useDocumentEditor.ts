import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { type Editor, useEditor } from '@tiptap/react';
import { CONTENT_FRAGMENT, documentExtensions } from '@van-kien/schema';
import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { withTemplateEditing } from './templateEditing.js';

/** The local user as their caret appears to others. */
export interface CaretUser {
  name: string;
  color: string;
}

export interface DocumentEditorOptions {
  /** The shared document; its `CONTENT_FRAGMENT` holds the text. */
  doc: Y.Doc;
  /** Carries the carets of everyone editing through its awareness. */
  provider: WebsocketProvider;
  user: CaretUser;
  /**
   * False for commenters and viewers: the text cannot be changed and the controls of template
   * sections and chỉ tiêu tables show as text. The server refuses their edits anyway; this
   * keeps them from typing text that could never be saved.
   */
  editable: boolean;
  /** Whether the person may set or clear "Đã duyệt" on a section; the server repairs it for anyone else. */
  mayApprove: boolean;
}

/**
 * The TipTap editor of a shared document, bound to its Y.Doc and provider: the page shows it with
 * `DocumentEditor` and may show more of it beside (the outline). Rebuilt for another document,
 * provider or right to edit.
 */
export function useDocumentEditor({ doc, provider, user, editable, mayApprove }: DocumentEditorOptions): Editor {
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...withTemplateEditing(documentExtensions(), { mayApprove }),
        Collaboration.configure({ document: doc, field: CONTENT_FRAGMENT }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editorProps: {
        attributes: { class: 'page__content', 'aria-label': 'Nội dung văn bản', lang: 'vi' },
      },
    },
    // The user is not a dependency: a new name is sent with updateUser below instead of
    // rebuilding the editor.
    [doc, provider, editable, mayApprove],
  );

  useEffect(() => {
    editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user.name, user.color]);

  return editor;
}

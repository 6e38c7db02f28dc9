import { type Editor, useEditor } from '@tiptap/react';
import { documentExtensions, type JSONContent } from '@van-kien/schema';
import { withTemplateEditing } from '../../editor/templateEditing.js';

/**
 * A read-only TipTap editor of one version's text, with the same schema and node views as the
 * document's editor, so a version reads exactly as the text did (sections, chỉ tiêu tables) but
 * nothing in it can be changed. No Y.Doc: a version is a snapshot, not a shared document.
 */
export function useVersionEditor(content: JSONContent): Editor {
  return useEditor(
    {
      editable: false,
      extensions: withTemplateEditing(documentExtensions(), { mayApprove: false }),
      content,
      editorProps: {
        attributes: { class: 'page__content', 'aria-label': 'Nội dung phiên bản (chỉ xem)', 'aria-readonly': 'true', lang: 'vi' },
      },
    },
    [content],
  );
}

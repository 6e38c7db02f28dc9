import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { useDocumentEditor, type DocumentEditorOptions } from '../../editor/useDocumentEditor.js';
import { OutlinePanel } from '../outline/OutlinePanel.js';
import { useDocumentOutline } from '../outline/useDocumentOutline.js';

/**
 * The document being written: the editor, and beside it the outline (mục lục) when the document
 * has sections, which it has when it was created from a template.
 */
export function DocumentEditingArea(options: DocumentEditorOptions) {
  const editor = useDocumentEditor(options);
  const outline = useDocumentOutline(editor);
  const hasOutline = outline.entries.length > 0;
  return (
    <div className={hasOutline ? 'document-layout document-layout--outlined' : 'document-layout'}>
      {hasOutline && <OutlinePanel editor={editor} outline={outline} />}
      <DocumentEditor editor={editor} editable={options.editable} />
    </div>
  );
}

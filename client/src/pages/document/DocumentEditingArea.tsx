import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { type DocumentEditorOptions, useDocumentEditor } from '../../editor/useDocumentEditor.js';
import { OutlinePanel } from '../../features/outline/OutlinePanel.js';
import type { OutlineState } from '../../features/outline/outlineState.js';
import { useDocumentOutline } from '../../features/outline/useDocumentOutline.js';

interface DocumentEditingAreaProps extends DocumentEditorOptions {
  /** What stands beside the page and works with its editor and its outline (the comments). */
  renderAside?(editor: Editor, outline: OutlineState['entries']): ReactNode;
}

/**
 * The document being written: the editor, and beside it the outline (mục lục) when the document
 * has sections, which it has when it was created from a template.
 */
export function DocumentEditingArea({ renderAside, ...options }: DocumentEditingAreaProps) {
  const editor = useDocumentEditor(options);
  const outline = useDocumentOutline(editor);
  const hasOutline = outline.entries.length > 0;
  return (
    <div className={hasOutline ? 'document-layout document-layout--outlined' : 'document-layout'}>
      {hasOutline && <OutlinePanel editor={editor} outline={outline} />}
      <DocumentEditor editor={editor} editable={options.editable} />
      {renderAside?.(editor, outline.entries)}
    </div>
  );
}

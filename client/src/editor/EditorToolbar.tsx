import { type Editor, useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { documentHasTargetsTable, insertTargetSummary, targetTableAtSelection } from './targets/insertTargetSummary.js';

const HEADING_LEVELS = [1, 2, 3] as const;

/**
 * Formatting buttons for the editor. Undo and redo are the Collaboration extension's, which
 * undo only this user's own changes, never a co-author's.
 */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      // In a section with a chỉ tiêu table, the sentence that counts it can be inserted.
      hasTargets: documentHasTargetsTable(current.state.doc),
      inTargetsSection: targetTableAtSelection(current.state) !== undefined,
    }),
  });

  return (
    <div className="toolbar" role="toolbar" aria-label="Định dạng">
      <ToolbarButton label="Đậm" shortcut="Ctrl+B" pressed={active.bold} onClick={() => editor.chain().focus().toggleBold().run()}>
        <strong>Đậm</strong>
      </ToolbarButton>
      <ToolbarButton label="Nghiêng" shortcut="Ctrl+I" pressed={active.italic} onClick={() => editor.chain().focus().toggleItalic().run()}>
        <em>Nghiêng</em>
      </ToolbarButton>
      <span className="toolbar__separator" aria-hidden="true" />
      {HEADING_LEVELS.map((level) => (
        <ToolbarButton
          key={level}
          label={`Tiêu đề ${level}`}
          pressed={active[`heading${level}`]}
          onClick={() => editor.chain().focus().toggleHeading({ level }).run()}
        >
          Tiêu đề {level}
        </ToolbarButton>
      ))}
      <ToolbarButton label="Danh sách" pressed={active.bulletList} onClick={() => editor.chain().focus().toggleBulletList().run()}>
        Danh sách
      </ToolbarButton>
      <span className="toolbar__separator" aria-hidden="true" />
      <ToolbarButton label="Hoàn tác" shortcut="Ctrl+Z" disabled={!active.canUndo} onClick={() => editor.chain().focus().undo().run()}>
        Hoàn tác
      </ToolbarButton>
      <ToolbarButton label="Làm lại" shortcut="Ctrl+Y" disabled={!active.canRedo} onClick={() => editor.chain().focus().redo().run()}>
        Làm lại
      </ToolbarButton>
      {/*
        In documents with a chỉ tiêu table only; there it stays, usable where the cursor is in a
        section with one, so that the toolbar does not change size as the cursor moves.
      */}
      {active.hasTargets && (
        <>
          <span className="toolbar__separator" aria-hidden="true" />
          <ToolbarButton
            label="Chèn “đạt x/y chỉ tiêu”"
            title={active.inTargetsSection ? undefined : 'Đặt con trỏ vào mục có bảng chỉ tiêu để chèn câu tự đếm từ bảng'}
            disabled={!active.inTargetsSection}
            onClick={() => {
              const tr = insertTargetSummary(editor.state);
              if (tr) editor.view.dispatch(tr.scrollIntoView());
              editor.commands.focus();
            }}
          >
            Chèn “đạt x/y chỉ tiêu”
          </ToolbarButton>
        </>
      )}
    </div>
  );
}

interface ToolbarButtonProps {
  label: string;
  shortcut?: string;
  /** The tooltip, when it should say more than the label. */
  title?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function ToolbarButton({ label, shortcut, title, pressed, disabled = false, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-pressed={pressed}
      aria-label={label}
      title={title ?? (shortcut ? `${label} (${shortcut})` : label)}
      disabled={disabled}
      // Keeps the editor's selection: a click on the toolbar must not move focus away first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

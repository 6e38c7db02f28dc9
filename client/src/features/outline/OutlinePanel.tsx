import type { Editor } from '@tiptap/react';
import { sectionStatusLabels } from '@van-kien/schema';
import { useEffect, useId, useRef, useState } from 'react';
import { useMediaQuery } from '../../app/useMediaQuery.js';
import { focusSection } from '../../editor/sections/focusSection.js';
import type { OutlineState } from './outlineState.js';
import './outline.css';

/** From this width the outline stays open beside the page; below it, it folds above the page. */
export const WIDE_LAYOUT = '(min-width: 1180px)';

interface OutlinePanelProps {
  editor: Editor;
  /** From `useDocumentOutline(editor)`. */
  outline: OutlineState;
}

/**
 * The mục lục of a template document: every section with its label, title, who writes it, its
 * status and whether it has content yet, and at the top how many sections have content. A click
 * takes the reader to the section and the writer's cursor into its body.
 */
export function OutlinePanel({ editor, outline }: OutlinePanelProps) {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const list = useRef<HTMLOListElement>(null);
  const expanded = wide || open;

  // Keeps the entry of the section being written in view as the cursor moves through a long document.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the DOM it scrolls changes with these: the current section moved, or the list unfolded to show it
  useEffect(() => {
    list.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' });
  }, [outline.currentSectionId, expanded]);
  const { withContent, total } = outline.progress;

  return (
    <nav className="outline" aria-label="Mục lục" data-testid="outline">
      <div className="outline__header">
        <h2 className="outline__heading">Mục lục</h2>
        {!wide && (
          <button
            type="button"
            className="button button--quiet outline__toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Thu gọn' : 'Mở mục lục'}
          </button>
        )}
      </div>
      <p className="outline__progress" data-testid="progress" data-with-content={withContent} data-total={total}>
        {withContent}/{total} mục đã có nội dung
      </p>
      <div className="outline__bar" aria-hidden="true">
        <div className="outline__bar-fill" style={{ width: total === 0 ? 0 : `${(100 * withContent) / total}%` }} />
      </div>
      {expanded && (
        <ol className="outline__list" id={listId} ref={list}>
          {outline.entries.map((entry) => (
            <li
              key={entry.sectionId}
              className="outline__entry"
              data-testid="outline-entry"
              data-section-id={entry.sectionId}
              data-has-content={entry.hasContent}
              style={{ paddingLeft: `${entry.depth * 14}px` }}
            >
              <button
                type="button"
                className="outline__link"
                aria-current={entry.sectionId === outline.currentSectionId ? 'location' : undefined}
                onClick={() => {
                  focusSection(editor, entry.sectionId);
                  if (!wide) setOpen(false);
                }}
              >
                <span
                  className={entry.hasContent ? 'outline__dot outline__dot--filled' : 'outline__dot'}
                  title={entry.hasContent ? 'Đã có nội dung' : 'Chưa có nội dung'}
                  aria-label={entry.hasContent ? 'Đã có nội dung' : 'Chưa có nội dung'}
                  role="img"
                />
                <span className="outline__text">
                  <span className="outline__title">
                    {entry.label && <span className="outline__label">{entry.label} </span>}
                    {entry.title}
                  </span>
                  {entry.assignee && <span className="outline__assignee">{entry.assignee}</span>}
                </span>
                <span className="status-badge" data-status={entry.status}>
                  {sectionStatusLabels[entry.status]}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

import type { Editor } from '@tiptap/react';
import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { stackCards } from './marginStack.js';

/** Space between two cards of the margin, in pixels. */
const GAP = 8;

/** One card of the margin. */
export interface MarginEntry {
  key: string;
  /** The document position it stands level with, read at layout time so it follows the latest edits. */
  locate(): number;
  content: ReactNode;
}

interface MarginTrackProps {
  editor: Editor;
  /** In document order. */
  entries: readonly MarginEntry[];
  /** The entry that stands exactly level with its passage, the others making room. */
  focusedKey: string | null;
  /** Shown level with the current selection, outside the stack (the "Góp ý" button). */
  selectionControl?: { locate(): number; content: ReactNode };
}

/** The vertical offset of document position `position` in the viewport. */
function topOf(editor: Editor, position: number): number {
  const clamped = Math.max(0, Math.min(position, editor.state.doc.content.size));
  return editor.view.coordsAtPos(clamped).top;
}

/**
 * The comments column beside the page: each card as level with its passage as the cards above it
 * allow. Placed by measuring after each render, each edit (anyone's: text above moves the
 * passages) and each change of size (a card opening, the window narrowing); the positions are
 * written to the cards' style directly, so laying out re-renders nothing.
 */
export function MarginTrack({ editor, entries, focusedKey, selectionControl }: MarginTrackProps) {
  const track = useRef<HTMLDivElement>(null);
  const control = useRef<HTMLDivElement>(null);
  const latest = useRef({ editor, entries, focusedKey, selectionControl });
  const frame = useRef(0);

  const layout = useRef(() => {
    const { editor: shown, entries: current, focusedKey: focused, selectionControl: selection } = latest.current;
    const element = track.current;
    if (!element || shown.isDestroyed) return;
    const origin = element.getBoundingClientRect().top;
    const slots = [...element.querySelectorAll<HTMLElement>(':scope > .comment-margin__slot')];
    const cards = slots.map((slot, index) => ({ desiredTop: topOf(shown, current[index]!.locate()) - origin, height: slot.offsetHeight }));
    const focusedIndex = current.findIndex((entry) => entry.key === focused);
    const tops = stackCards(cards, GAP, focusedIndex < 0 ? undefined : focusedIndex);
    slots.forEach((slot, index) => {
      slot.style.transform = `translateY(${tops[index]}px)`;
    });
    const bottom = slots.length === 0 ? 0 : tops[slots.length - 1]! + cards[slots.length - 1]!.height;
    element.style.minHeight = `${bottom}px`;
    if (selection && control.current)
      control.current.style.transform = `translateY(${Math.max(0, topOf(shown, selection.locate()) - origin)}px)`;
  });

  const schedule = useRef(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => layout.current());
  });

  useLayoutEffect(() => {
    latest.current = { editor, entries, focusedKey, selectionControl };
    layout.current();
  });

  useEffect(() => {
    const relayout = schedule.current;
    editor.on('update', relayout);
    window.addEventListener('resize', relayout);
    const sizes = new ResizeObserver(relayout);
    sizes.observe(editor.view.dom);
    return () => {
      editor.off('update', relayout);
      window.removeEventListener('resize', relayout);
      sizes.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [editor]);

  // A card that grows or shrinks (opened, a reply added) moves the ones below it.
  useEffect(() => {
    const sizes = new ResizeObserver(schedule.current);
    for (const slot of track.current?.querySelectorAll(':scope > .comment-margin__slot') ?? []) sizes.observe(slot);
    return () => sizes.disconnect();
  });

  return (
    <div className="comment-margin" ref={track} data-testid="comment-margin">
      {entries.map((entry) => (
        <div key={entry.key} className="comment-margin__slot">
          {entry.content}
        </div>
      ))}
      {selectionControl && (
        <div className="comment-margin__selection" ref={control}>
          {selectionControl.content}
        </div>
      )}
    </div>
  );
}

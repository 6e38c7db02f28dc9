import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection, TextSelection } from '@tiptap/pm/state';

/** The position of the section with `sectionId`, or undefined when no section has it (any more). */
export function findSectionPosition(doc: ProseMirrorNode, sectionId: string): number | undefined {
  let found: number | undefined;
  doc.descendants((node, position) => {
    if (found !== undefined || node.type.name !== 'section') return false;
    if (node.attrs.sectionId === sectionId) found = position;
    return found === undefined;
  });
  return found;
}

/**
 * Where the cursor goes to write in the section at `position`: the end of the last paragraph of
 * its own body (before its subsections), so that one carries on writing there. A body without
 * text (a chỉ tiêu table alone) gets the nearest selection inside the section instead.
 */
export function sectionBodySelection(doc: ProseMirrorNode, position: number): Selection | undefined {
  const section = doc.nodeAt(position);
  if (section?.type.name !== 'section') return undefined;
  let textEnd: number | undefined;
  let inBody = true;
  section.forEach((child, offset) => {
    if (child.type.name === 'section') inBody = false;
    if (!inBody) return;
    const childPosition = position + 1 + offset;
    if (child.isTextblock) textEnd = childPosition + child.nodeSize - 1;
    child.descendants((inner, innerOffset) => {
      if (inner.isTextblock) textEnd = childPosition + 1 + innerOffset + inner.nodeSize - 1;
      return !inner.isTextblock;
    });
  });
  if (textEnd !== undefined) return TextSelection.create(doc, textEnd);
  return Selection.near(doc.resolve(position + 1));
}

/**
 * Brings the section `sectionId` into view, heading at the top, and puts the cursor in its body
 * (focusing the editor when it is editable). Returns false when the section is gone.
 */
export function focusSection(editor: Editor, sectionId: string): boolean {
  const { view } = editor;
  const position = findSectionPosition(view.state.doc, sectionId);
  if (position === undefined) return false;
  const selection = sectionBodySelection(view.state.doc, position);
  if (selection) view.dispatch(view.state.tr.setSelection(selection));
  // view.focus() keeps the scroll position: the heading is brought into view just below.
  if (editor.isEditable) view.focus();
  const heading = view.nodeDOM(position);
  if (heading instanceof HTMLElement) heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return true;
}

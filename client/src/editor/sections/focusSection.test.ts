import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { findSectionPosition, sectionBodySelection } from './focusSection.js';

describe('going to a section', () => {
  it('finds a section by its id, wherever it is nested', () => {
    const doc = templateDocument();
    const position = sectionPosition(doc, 'p1-sinh-hoat-chi-bo');
    expect(findSectionPosition(doc, doc.nodeAt(position)!.attrs.sectionId as string)).toBe(position);
    expect(findSectionPosition(doc, 'khong-co')).toBeUndefined();
  });

  it('puts the cursor at the end of the section’s own text, before its subsections', () => {
    let state = stateOf(templateDocument());
    const part = sectionPosition(state.doc, 'phan-thu-nhat');
    state = state.apply(state.tr.insertText('Nhiệm kỳ qua, chi bộ lãnh đạo…', part + 2));
    const selection = sectionBodySelection(state.doc, part)!;
    expect(selection).toBeInstanceOf(TextSelection);
    expect(selection.$from.parent.textContent).toBe('Nhiệm kỳ qua, chi bộ lãnh đạo…');
    expect(selection.$from.parentOffset).toBe('Nhiệm kỳ qua, chi bộ lãnh đạo…'.length);
  });

  it('selects the first chỉ tiêu of a section that holds only its table', () => {
    const doc = templateDocument();
    const selection = sectionBodySelection(doc, sectionPosition(doc, 'p1-chi-tieu'))!;
    expect(selection).toBeInstanceOf(NodeSelection);
    expect((selection as NodeSelection).node.type.name).toBe('targetRow');
  });
});

import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../../editor/testing/templateDocument.js';
import { outlineState, sameOutline } from './outlineState.js';

describe('the outline state', () => {
  it('lists every section with the progress, and knows which section the cursor is in', () => {
    let state = stateOf(templateDocument());
    const outline = outlineState(state);
    expect(outline.entries.length).toBe(outline.progress.total);
    expect(outline.progress.withContent).toBe(0);
    expect(outline.currentSectionId).toBe(outline.entries[0]!.sectionId);

    const position = sectionPosition(state.doc, 'p1-bai-hoc');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, position + 2)));
    expect(outlineState(state).currentSectionId).toBe(state.doc.nodeAt(position)!.attrs.sectionId);
  });

  it('changes when a section gets content, not when text above only shifts the positions', () => {
    let state = stateOf(templateDocument());
    const before = outlineState(state);
    const first = sectionPosition(state.doc, 'so-ho-nhan-khau-dang-vien');
    state = state.apply(state.tr.insertText('Tổ dân phố có 412 hộ.', first + 2));
    const typed = outlineState(state);
    expect(typed.progress.withContent).toBe(1);
    expect(sameOutline(before, typed)).toBe(false);

    state = state.apply(state.tr.insertText(' 1.530 nhân khẩu.', first + 2 + 'Tổ dân phố có 412 hộ.'.length));
    const more = outlineState(state);
    expect(more.entries[5]!.position).not.toBe(typed.entries[5]!.position);
    expect(sameOutline(typed, { ...more, currentSectionId: typed.currentSectionId })).toBe(true);
  });
});

import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { flattenPastedSections } from './flattenPastedSections.js';

describe('pasting text copied across sections', () => {
  it('brings the paragraphs without the headings, so no section is ever there twice', () => {
    let state = stateOf(templateDocument());
    state = state.apply(state.tr.insertText('Thuận lợi một.', sectionPosition(state.doc, 'thuan-loi') + 2));
    state = state.apply(state.tr.insertText('Khó khăn một.', sectionPosition(state.doc, 'kho-khan') + 2));
    const from = sectionPosition(state.doc, 'thuan-loi') + 2 + 'Thuận '.length;
    const to = sectionPosition(state.doc, 'kho-khan') + 2 + 'Khó khăn'.length;
    const copied = state.doc.slice(from, to);
    expect(copied.content.firstChild!.type.name).toBe('section');

    const pasted = flattenPastedSections(copied);
    expect(pasted.openStart).toBe(0);
    expect(pasted.content.childCount).toBe(2);
    pasted.content.forEach((node) => {
      expect(node.type.name).toBe('paragraph');
    });
    expect(pasted.content.child(0).textContent).toBe('lợi một.');
    expect(pasted.content.child(1).textContent).toBe('Khó khăn');

    const target = sectionPosition(state.doc, 'p1-bai-hoc') + 2;
    const after = state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)).replaceSelection(pasted));
    const ids: string[] = [];
    after.doc.descendants((node) => {
      if (node.type.name === 'section') ids.push(node.attrs.sectionId as string);
      return true;
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.doc.nodeAt(sectionPosition(after.doc, 'p1-bai-hoc'))!.textContent).toBe('lợi một.Khó khăn');
  });

  it('leaves a copy from within one section as it is', () => {
    let state = stateOf(templateDocument());
    state = state.apply(state.tr.insertText('Thuận lợi một.', sectionPosition(state.doc, 'thuan-loi') + 2));
    const start = sectionPosition(state.doc, 'thuan-loi') + 2;
    const copied = state.doc.slice(start, start + 5);
    expect(flattenPastedSections(copied)).toBe(copied);
  });
});

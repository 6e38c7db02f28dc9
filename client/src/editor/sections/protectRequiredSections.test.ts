import { Fragment, Slice } from '@tiptap/pm/model';
import { AllSelection, TextSelection } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { documentSchema } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { protectRequiredSectionsPlugin, removedRequiredSections } from './protectRequiredSections.js';

const protectedState = (doc = templateDocument()) => stateOf(doc, [protectRequiredSectionsPlugin()]);

describe('required sections cannot be deleted by accident', () => {
  it('refuses a local deletion of a required section and keeps the document as it was', () => {
    const state = protectedState();
    const position = sectionPosition(state.doc, 'p1-kinh-te-doi-song');
    const section = state.doc.nodeAt(position)!;
    const tr = state.tr.delete(position, position + section.nodeSize);
    expect(removedRequiredSections(state.doc, tr.doc)).toEqual([section.attrs.sectionId]);
    expect(state.apply(tr)).toBe(state);
  });

  it('refuses select-all and Delete, which would take every section with it', () => {
    const state = protectedState();
    const tr = state.tr.setSelection(new AllSelection(state.doc)).deleteSelection();
    expect(state.apply(tr).doc.eq(state.doc)).toBe(true);
  });

  it('lets typing, deleting text and changing a section’s attributes through', () => {
    let state = protectedState();
    const position = sectionPosition(state.doc, 'p1-kinh-te-doi-song');
    // The section's first child is its empty paragraph: inside it is position + 2.
    state = state.apply(state.tr.insertText('Thu nhập bình quân tăng 8%/năm.', position + 2));
    expect(state.doc.nodeAt(position)!.textContent).toBe('Thu nhập bình quân tăng 8%/năm.');
    state = state.apply(state.tr.delete(position + 2, position + 11));
    expect(state.doc.nodeAt(position)!.textContent).toBe('bình quân tăng 8%/năm.');
    state = state.apply(state.tr.setNodeAttribute(position, 'status', 'dang-soan'));
    expect(state.doc.nodeAt(position)!.attrs.status).toBe('dang-soan');
  });

  it('refuses deleting a selection from one section’s text into the next, which would merge the two', () => {
    let state = protectedState();
    const first = sectionPosition(state.doc, 'p1-kinh-te-doi-song');
    state = state.apply(state.tr.insertText('Một.', first + 2));
    state = state.apply(state.tr.insertText('Hai.', sectionPosition(state.doc, 'p1-quan-ly-do-thi') + 2));
    const to = sectionPosition(state.doc, 'p1-quan-ly-do-thi') + 4;
    const tr = state.tr.setSelection(TextSelection.create(state.doc, first + 4, to)).deleteSelection();
    expect(removedRequiredSections(state.doc, tr.doc)).toHaveLength(1);
    expect(state.apply(tr)).toBe(state);
  });

  it('lets a change from the shared document through, even one that removes a required section', () => {
    const state = protectedState();
    const position = sectionPosition(state.doc, 'p1-kinh-te-doi-song');
    const tr = state.tr.delete(position, position + state.doc.nodeAt(position)!.nodeSize).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(state.apply(tr)).not.toBe(state);
  });

  it('lets a section that is not required go, and a required one move within one change', () => {
    const schema = documentSchema();
    const section = (id: string, required: boolean) =>
      schema.nodes.section!.create({ sectionId: id, title: id, numbering: 'roman', required }, schema.nodes.paragraph!.create());
    const doc = schema.nodes.doc!.create(null, [section('a', true), section('b', false), section('c', true)]);
    const state = protectedState(doc);
    const b = doc.child(1);
    const afterA = doc.child(0).nodeSize;
    expect(state.apply(state.tr.delete(afterA, afterA + b.nodeSize)).doc.childCount).toBe(2);

    const a = doc.child(0);
    const moved = state.tr.delete(0, a.nodeSize);
    moved.replace(moved.doc.content.size, moved.doc.content.size, new Slice(Fragment.from(a), 0, 0));
    const after = state.apply(moved);
    expect(after.doc.content.content.map((n) => n.attrs.sectionId)).toEqual(['b', 'c', 'a']);
  });
});

import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { documentSchema } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { sectionPosition, stateOf, templateDocument } from '../testing/templateDocument.js';
import { documentHasTargetsTable, insertTargetSummary, targetTableAtSelection } from './insertTargetSummary.js';
import { summaryTextOf, targetSummaryDecorations } from './targetSummaryDecorations.js';

describe('“đạt x/y chỉ tiêu” in the text', () => {
  it('is offered only in a section that has a chỉ tiêu table', () => {
    const state = stateOf(templateDocument());
    expect(documentHasTargetsTable(state.doc)).toBe(true);
    expect(documentHasTargetsTable(templateDocument('bao-cao-kiem-diem-chi-uy'))).toBe(false);
    const tableSection = sectionPosition(state.doc, 'p1-chi-tieu');
    const onRow = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, tableSection + 2)));
    expect(targetTableAtSelection(onRow)).toBe('p1-chi-tieu');
    const elsewhere = state.apply(
      state.tr.setSelection(TextSelection.create(state.doc, sectionPosition(state.doc, 'p1-kinh-te-doi-song') + 2)),
    );
    expect(targetTableAtSelection(elsewhere)).toBeUndefined();
  });

  it('goes in a new paragraph before the table when the section has no text, and at the cursor once it has', () => {
    let state = stateOf(templateDocument());
    const tableSection = sectionPosition(state.doc, 'p1-chi-tieu');
    state = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, tableSection + 2)));
    state = state.apply(insertTargetSummary(state)!);
    const section = state.doc.nodeAt(tableSection)!;
    expect(section.child(0).type.name).toBe('paragraph');
    expect(section.child(0).child(0).type.name).toBe('targetSummary');
    expect(section.child(1).type.name).toBe('targetsTable');

    state = state.apply(state.tr.insertText('Chi bộ '));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, tableSection + 2)));
    state = state.apply(insertTargetSummary(state)!);
    const paragraph = state.doc.nodeAt(tableSection)!.child(0);
    expect(paragraph.childCount).toBe(3);
    expect(paragraph.child(0).type.name).toBe('targetSummary');
  });

  it('counts live from its table, through the decorations', () => {
    let state = stateOf(templateDocument());
    const tableSection = sectionPosition(state.doc, 'p1-chi-tieu');
    state = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, tableSection + 2)));
    state = state.apply(insertTargetSummary(state)!);
    const summaryAt = tableSection + 2;
    const text = () => summaryTextOf(targetSummaryDecorations(state.doc).find(summaryAt, summaryAt + 1));
    expect(text()).toBe('đạt 0/0 chỉ tiêu');

    const firstRow = tableSection + 1 + state.doc.nodeAt(tableSection)!.child(0).nodeSize + 1;
    expect(state.doc.nodeAt(firstRow)!.type.name).toBe('targetRow');
    state = state.apply(state.tr.setNodeAttribute(firstRow, 'target', '100%').setNodeAttribute(firstRow, 'result3', '100%'));
    expect(text()).toBe('đạt 1/1 chỉ tiêu');
  });

  it('names its table, and says so when the table is gone', () => {
    const schema = documentSchema();
    const doc = schema.nodes.doc!.create(
      null,
      schema.nodes.paragraph!.create(null, schema.nodes.targetSummary!.create({ tableId: 'khong-co' })),
    );
    expect(summaryTextOf(targetSummaryDecorations(doc).find(1, 2))).toBe('đạt …/… chỉ tiêu');
  });
});

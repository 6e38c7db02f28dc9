import type { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDocumentNode, writeDocumentJson } from '../ydocContent.js';
import { createAnchor } from './createAnchor.js';
import type { PassageAnchor, ResolvedAnchor } from './passageAnchor.js';
import { resolveAnchor } from './resolveAnchor.js';
import { EditingReplica, syncReplicas, typeText } from './testing/EditingReplica.js';
import { phraseRange } from './testing/phraseRange.js';
import { PARTY_BUILDING, RESULTS, reportDocumentJson, SHORTCOMINGS } from './testing/reportDocument.js';

/** A writer who comments and an editor who changes the text, on the same document. */
function replicas() {
  const writer = new EditingReplica(1);
  const editor = new EditingReplica(2);
  writeDocumentJson(writer.doc, reportDocumentJson());
  syncReplicas([writer, editor]);
  return { writer, editor, all: [writer, editor] };
}

function anchorOn(replica: EditingReplica, phrase: string, occurrence = 0): PassageAnchor {
  const { from, to } = phraseRange(replica.node, phrase, occurrence);
  return createAnchor(replica.doc, from, to);
}

/** Applies `change` on `replica` at the positions of `phrase` (its `occurrence`-th). */
function editAt(
  replica: EditingReplica,
  phrase: string,
  change: (transform: Transform, range: { from: number; to: number }) => void,
  occurrence = 0,
): void {
  const range = phraseRange(replica.node, phrase, occurrence);
  replica.edit((transform) => change(transform, range));
}

/** The anchor resolved on `doc`, checked against the document: its positions hold its text. */
function resolvedOn(doc: Y.Doc, anchor: PassageAnchor): ResolvedAnchor {
  const resolved = resolveAnchor(doc, anchor);
  if (resolved.state === 'attached') expect(readDocumentNode(doc).textBetween(resolved.from, resolved.to, '\n', '\n')).toBe(resolved.text);
  return resolved;
}

function attachedText(doc: Y.Doc, anchor: PassageAnchor): string {
  const resolved = resolvedOn(doc, anchor);
  if (resolved.state !== 'attached') throw new Error(`the passage "${anchor.quote}" was not found: ${JSON.stringify(resolved)}`);
  return resolved.text;
}

describe('an anchor follows its passage through edits', () => {
  it('resolves to the very range it was made from while the text is unchanged', () => {
    const { writer, editor } = replicas();
    const range = phraseRange(writer.node, 'có lúc chưa đều');
    const anchor = createAnchor(writer.doc, range.from, range.to);
    expect(resolvedOn(editor.doc, anchor)).toEqual({ state: 'attached', ...range, text: 'có lúc chưa đều', sectionId: 'han-che' });
  });

  it('keeps its passage when text is typed before it, inside it and right at its edges', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'hoàn thành các chỉ tiêu');
    editAt(editor, 'Năm 2025', (t, { from }) => typeText(t, 'Trong ', from));
    editAt(editor, 'các chỉ tiêu', (t, { from }) => typeText(t, 'đầy đủ ', from));
    editAt(editor, 'hoàn thành', (t, { from }) => typeText(t, 'đã ', from));
    editAt(editor, ' kinh tế', (t, { from }) => typeText(t, ' chủ yếu', from));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('hoàn thành đầy đủ các chỉ tiêu');
  });

  it('keeps what is left of a passage partly deleted while at least half of its letters stand, and is orphaned past that', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'hoàn thành các chỉ tiêu');
    editAt(editor, 'các ', (t, { from, to }) => t.delete(from, to));
    editAt(editor, 'hoàn ', (t, { from, to }) => t.delete(from, to));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('thành chỉ tiêu');
    editAt(editor, 'thành ', (t, { from, to }) => t.delete(from, to));
    syncReplicas(all);
    expect(resolvedOn(writer.doc, anchor)).toEqual({ state: 'orphaned', sectionId: 'ket-qua' });
  });

  it('follows a paragraph split inside it, across the two paragraphs', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'hoàn thành các chỉ tiêu');
    editAt(editor, ' các chỉ', (t, { from }) => t.split(from));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('hoàn thành\n các chỉ tiêu');
  });

  it('follows its words into the new paragraph when the paragraph is split just before it', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'các chỉ tiêu kinh tế');
    editAt(editor, 'các chỉ tiêu', (t, { from }) => t.split(from));
    editAt(editor, 'kinh tế', (t, { from }) => t.split(from));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('các chỉ tiêu \nkinh tế');
    expect(readDocumentNode(writer.doc).child(0).childCount).toBe(5);
  });

  it('follows its paragraph when it is joined with the previous one', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'xây dựng Đảng');
    editAt(editor, 'Công tác xây dựng', (t, { from }) => t.join(from - 1));
    syncReplicas(all);
    expect(readDocumentNode(writer.doc).child(0).child(0).textContent).toBe(RESULTS + PARTY_BUILDING);
    expect(attachedText(writer.doc, anchor)).toBe('xây dựng Đảng');
  });

  it('spans two paragraphs, and stays one passage when they are joined', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'khu dân cư.\nCông tác');
    expect(attachedText(editor.doc, anchor)).toBe('khu dân cư.\nCông tác');
    editAt(editor, 'Công tác xây dựng', (t, { from }) => t.join(from - 1));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('khu dân cư.Công tác');
  });

  it('tells a repeated phrase apart from its twin, by position and, once positions are lost, by its surroundings', () => {
    const { writer, editor, all } = replicas();
    const second = anchorOn(writer, 'được tăng cường', 1);
    const first = anchorOn(writer, 'được tăng cường', 0);
    editAt(editor, 'Công tác xây dựng', (t, { from }) => typeText(t, 'Nhìn chung, ', from));
    syncReplicas(all);
    expect(resolvedOn(writer.doc, second)).toMatchObject({ state: 'attached', ...phraseRange(writer.node, 'được tăng cường', 1) });

    // The join rewrites the paragraph's text: only the quote and its surroundings are left to go by.
    editAt(editor, 'Nhìn chung', (t, { from }) => t.join(from - 1));
    syncReplicas(all);
    expect(resolvedOn(writer.doc, second)).toMatchObject({ state: 'attached', ...phraseRange(writer.node, 'được tăng cường', 1) });
    expect(resolvedOn(writer.doc, first)).toMatchObject({ state: 'attached', ...phraseRange(writer.node, 'được tăng cường', 0) });
  });

  it('stays attached with the new text of a passage rewritten inside', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'hoàn thành các chỉ tiêu');
    editAt(editor, 'các chỉ', (t, { from, to }) => typeText(t, 'mọi', from, to));
    syncReplicas(all);
    expect(attachedText(writer.doc, anchor)).toBe('hoàn thành mọi tiêu');
  });

  it('is orphaned and keeps its section when its passage is deleted, or its paragraph', () => {
    const { writer, editor, all } = replicas();
    const passage = anchorOn(writer, 'các chỉ tiêu kinh tế');
    const paragraph = anchorOn(writer, 'chưa đều');
    editAt(editor, ' các chỉ tiêu kinh tế', (t, { from, to }) => t.delete(from, to));
    editAt(editor, SHORTCOMINGS, (t, { from, to }) => t.delete(from - 1, to + 1));
    syncReplicas(all);
    expect(resolvedOn(writer.doc, passage)).toEqual({ state: 'orphaned', sectionId: 'ket-qua' });
    expect(resolvedOn(writer.doc, paragraph)).toEqual({ state: 'orphaned', sectionId: 'han-che' });
  });

  it('is not looked for in another section, where the same words may stand', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'hoạt chi bộ');
    editAt(editor, SHORTCOMINGS, (t, { from, to }) => t.delete(from, to));
    syncReplicas(all);
    expect(writer.node.textContent).toContain('hoạt chi bộ');
    expect(resolvedOn(writer.doc, anchor)).toEqual({ state: 'orphaned', sectionId: 'han-che' });
  });

  it('is orphaned outside any section when its section is deleted: Yjs keeps nothing of a deleted section to tell its parent by', () => {
    const { writer, editor, all } = replicas();
    const anchor = anchorOn(writer, 'chưa đều');
    editAt(editor, SHORTCOMINGS, (t, { from, to }) => t.delete(from - 2, to + 2));
    syncReplicas(all);
    expect(readDocumentNode(writer.doc).child(0).childCount).toBe(2);
    expect(resolvedOn(writer.doc, anchor)).toEqual({ state: 'orphaned', sectionId: null });
  });

  it('resolves alike on replicas that merged two concurrent edits in either order, and on a copy no editor ever read', () => {
    const { writer, editor } = replicas();
    const before = Y.encodeStateAsUpdate(writer.doc);
    const anchor = anchorOn(writer, 'hoàn thành các chỉ tiêu');
    editAt(writer, 'các chỉ tiêu', (t, { from }) => typeText(t, 'đầy đủ ', from));
    editAt(editor, 'chỉ tiêu', (t, { from }) => t.split(from));
    const [written, edited] = [writer.outbox.splice(0), editor.outbox.splice(0)];
    const mergedInOrder = (...updates: Uint8Array[][]) => {
      const doc = new Y.Doc();
      for (const update of [before, ...updates.flat()]) Y.applyUpdate(doc, update);
      return doc;
    };
    const results = [mergedInOrder(written, edited), mergedInOrder(edited, written)].map((doc) => resolvedOn(doc, anchor));
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toMatchObject({ state: 'attached', text: 'hoàn thành đầy đủ các \nchỉ tiêu' });
  });

  it('reads the document without changing it, at the positions the editor shows, past nodes the schema does not know', () => {
    const { writer } = replicas();
    const anchor = anchorOn(writer, 'chưa đều');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.doc));
    // A node from a newer version of the editor: the ProseMirror conversion drops it, and deletes it from the Y.Doc.
    doc.getXmlFragment('content').insert(0, [new Y.XmlElement('futureNode')]);
    const changes: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => changes.push(update));
    const resolved = resolveAnchor(doc, anchor);
    expect(changes).toEqual([]);
    expect(resolved).toEqual({
      state: 'attached',
      ...phraseRange(readDocumentNode(doc), 'chưa đều'),
      text: 'chưa đều',
      sectionId: 'han-che',
    });
  });
});

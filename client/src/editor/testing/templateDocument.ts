import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Plugin } from '@tiptap/pm/state';
import { documentFromTemplate, documentSchema } from '@van-kien/schema';
import { findTemplate } from '@van-kien/templates';

/** For unit tests: a document laid out by a built-in template, with section ids s1, s2, … */
export function templateDocument(templateId = 'bao-cao-chinh-tri-chi-bo'): ProseMirrorNode {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no built-in template ${templateId}`);
  let next = 0;
  return documentSchema().nodeFromJSON(documentFromTemplate(template, () => `s${++next}`));
}

/** For unit tests: an editor state (no DOM) of `doc` with `plugins`. */
export function stateOf(doc: ProseMirrorNode, plugins: Plugin[] = []): EditorState {
  return EditorState.create({ schema: documentSchema(), doc, plugins });
}

/** For unit tests: the position of the first node that `match` accepts. */
export function positionOf(doc: ProseMirrorNode, match: (node: ProseMirrorNode) => boolean): number {
  let found: number | undefined;
  doc.descendants((node, position) => {
    if (found === undefined && match(node)) found = position;
    return found === undefined;
  });
  if (found === undefined) throw new Error('no such node');
  return found;
}

/** For unit tests: the position of the section made from the template section `templateSectionId`. */
export function sectionPosition(doc: ProseMirrorNode, templateSectionId: string): number {
  return positionOf(doc, (node) => node.type.name === 'section' && node.attrs.templateSectionId === templateSectionId);
}

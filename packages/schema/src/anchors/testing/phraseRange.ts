import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * The ProseMirror positions around the `occurrence`-th (from 0) `phrase` in the document's text,
 * read with "\n" between text blocks, so a phrase may span two paragraphs.
 */
export function phraseRange(node: ProseMirrorNode, phrase: string, occurrence = 0): { from: number; to: number } {
  let text = '';
  const positions: number[] = [];
  node.descendants((child, position) => {
    if (child.isTextblock && text !== '') {
      text += '\n';
      positions.push(-1);
    }
    if (child.isText) {
      text += child.text!;
      for (let index = 0; index < child.text!.length; index++) positions.push(position + index);
    }
    return true;
  });
  let at = -1;
  for (let found = 0; found <= occurrence; found++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" is not in the document ${occurrence + 1} times`);
  }
  return { from: positions[at]!, to: positions[at + phrase.length - 1]! + 1 };
}

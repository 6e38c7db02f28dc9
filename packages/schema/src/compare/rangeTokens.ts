import type { Fragment, Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';

/** What `walkRange` reports, token by token, as the changeset counts positions. */
export interface TokenVisitor {
  /** The start of a node with content; `position` is where it stands in the body. */
  open(node: ProseMirrorNode, position: number): void;
  close(node: ProseMirrorNode): void;
  /** A stretch of one text node's characters. */
  text(text: string, marks: readonly Mark[]): void;
  /** A node without content (a line break, a chỉ tiêu row, a rule). */
  leaf(node: ProseMirrorNode, position: number): void;
}

/**
 * Reports the tokens of `body` between `from` and `to` in order: a node's start or end only when
 * the range holds it, so a range that ends inside a paragraph leaves it open, as a change does.
 * Mirrors how prosemirror-changeset tokenizes a range, so its change boundaries fall between
 * these tokens.
 */
export function walkRange(body: ProseMirrorNode, from: number, to: number, visitor: TokenVisitor): void {
  if (from < to) walkFragment(body.content, 0, from, to, visitor);
}

function walkFragment(fragment: Fragment, contentStart: number, start: number, end: number, visitor: TokenVisitor): void {
  let offset = 0;
  fragment.forEach((child) => {
    const childEnd = offset + child.nodeSize;
    const from = Math.max(offset, start);
    const to = Math.min(childEnd, end);
    if (from < to) {
      if (child.isText) visitor.text((child.text ?? '').slice(from - offset, to - offset), child.marks);
      else if (child.isLeaf) visitor.leaf(child, contentStart + offset);
      else {
        if (from === offset) visitor.open(child, contentStart + offset);
        walkFragment(
          child.content,
          contentStart + offset + 1,
          Math.max(offset + 1, from) - offset - 1,
          Math.min(childEnd - 1, to) - offset - 1,
          visitor,
        );
        if (to === childEnd) visitor.close(child);
      }
    }
    offset = childEnd;
  });
}

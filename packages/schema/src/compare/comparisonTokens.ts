import type { TokenEncoder } from '@tiptap/pm/changeset';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { walkRange } from './rangeTokens.js';

export type ComparisonToken = number | string;

/**
 * Tokens as the changeset's own encoder makes them (characters by code, nodes by name, marks
 * ignored: a comparison is of words), except that a chỉ tiêu table, row or count carries the id
 * of its table or row. So the same row is matched across versions and its cells are compared
 * one by one, while a row put in another's place is not taken for it.
 */
export const comparisonEncoder: TokenEncoder<ComparisonToken> = {
  encodeCharacter: (char) => char,
  encodeNodeStart: (node) => `${node.type.name}:${nodeIdentity(node)}`,
  encodeNodeEnd: (node) => `/${node.type.name}`,
  compareTokens: (a, b) => a === b,
};

function nodeIdentity(node: ProseMirrorNode): string {
  switch (node.type.name) {
    case 'targetsTable':
    case 'targetSummary':
      return String(node.attrs.tableId ?? '');
    case 'targetRow':
      return String(node.attrs.rowId ?? '');
    case 'heading':
      return String(node.attrs.level ?? '');
    default:
      return '';
  }
}

/** The token at `position` of a body, encoded as the comparison compares it. */
export function tokenAt(body: ProseMirrorNode, position: number): ComparisonToken | undefined {
  let token: ComparisonToken | undefined;
  walkRange(body, position, position + 1, {
    open: (node) => {
      token = comparisonEncoder.encodeNodeStart(node);
    },
    close: (node) => {
      token = comparisonEncoder.encodeNodeEnd(node);
    },
    text: (text, marks) => {
      token = comparisonEncoder.encodeCharacter(text.charCodeAt(0), marks);
    },
    leaf: (node) => {
      token = comparisonEncoder.encodeNodeStart(node);
    },
  });
  return token;
}

import { ChangeSet, simplifyChanges } from '@tiptap/pm/changeset';
import { type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { comparisonEncoder } from './comparisonTokens.js';
import { alignToWordEdges, type ChangeRange } from './wordEdges.js';

/**
 * The replaced ranges between two bodies (nodes whose content is the compared blocks): one step
 * replacing the older content by the newer, which the changeset narrows down to what differs,
 * then widened to whole words wherever a word was changed in part, and pure insertions and
 * deletions moved onto word edges.
 */
export function bodyChanges(older: ProseMirrorNode, newer: ProseMirrorNode): ChangeRange[] {
  const replaceAll = new ReplaceStep(0, older.content.size, new Slice(newer.content, 0, 0));
  const { changes } = ChangeSet.create(older, undefined, comparisonEncoder).addSteps(newer, [replaceAll.getMap()], null);
  return alignToWordEdges(simplifyChanges(changes, newer), older, newer);
}

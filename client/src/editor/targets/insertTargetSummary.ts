import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';

/** The nearest section around the selection: its node and position. */
function sectionAtSelection(state: EditorState): { node: ProseMirrorNode; position: number } | undefined {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'section') return { node, position: $from.before(depth) };
  }
  return undefined;
}

/** The chỉ tiêu table in a section's own body: its id and position, if it has one. */
function tableOf(section: { node: ProseMirrorNode; position: number }): { tableId: string; position: number } | undefined {
  let found: { tableId: string; position: number } | undefined;
  section.node.forEach((child, offset) => {
    if (!found && child.type.name === 'targetsTable')
      found = { tableId: String(child.attrs.tableId ?? ''), position: section.position + 1 + offset };
  });
  return found;
}

const holdsTargets = new WeakMap<ProseMirrorNode, boolean>();

/** Whether the document has a chỉ tiêu table anywhere (remembered per document version). */
export function documentHasTargetsTable(doc: ProseMirrorNode): boolean {
  let found = holdsTargets.get(doc);
  if (found === undefined) {
    found = false;
    doc.descendants((node) => {
      if (node.type.name === 'targetsTable') found = true;
      // Tables sit in sections' bodies: nothing else needs looking into.
      return !found && (node.type.name === 'section' || node.type.name === 'doc');
    });
    holdsTargets.set(doc, found);
  }
  return found;
}

/**
 * The id of the chỉ tiêu table of the section the cursor is in, or undefined when that section
 * has none: the toolbar offers "đạt x/y chỉ tiêu" only there.
 */
export function targetTableAtSelection(state: EditorState): string | undefined {
  const section = sectionAtSelection(state);
  return section && tableOf(section)?.tableId;
}

/**
 * Inserts "đạt x/y chỉ tiêu" for the table of the current section: at the cursor when it is in
 * text, else as a new paragraph just before the table (a section that holds only its table has
 * nowhere else to write the sentence). Undefined when the section has no table.
 */
export function insertTargetSummary(state: EditorState): Transaction | undefined {
  const section = sectionAtSelection(state);
  const table = section && tableOf(section);
  const summaryType = state.schema.nodes.targetSummary;
  const paragraphType = state.schema.nodes.paragraph;
  if (!table || !summaryType || !paragraphType) return undefined;
  const summary = summaryType.create({ tableId: table.tableId });
  const { $from, $to } = state.selection;
  if (
    state.selection instanceof TextSelection &&
    $from.sameParent($to) &&
    $from.parent.canReplaceWith($from.index(), $to.index(), summaryType)
  ) {
    return state.tr.replaceSelectionWith(summary, true);
  }
  const tr = state.tr.insert(table.position, paragraphType.create(null, summary));
  return tr.setSelection(TextSelection.create(tr.doc, table.position + 1 + summary.nodeSize));
}

import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * A transaction that appends an empty chỉ tiêu row (to be met by reaching its target) to the
 * table at `tablePosition`, or undefined when there is no table there.
 */
export function appendTargetRow(state: EditorState, tablePosition: number, rowId: string): Transaction | undefined {
  const table = state.doc.nodeAt(tablePosition);
  const rowType = state.schema.nodes.targetRow;
  if (table?.type.name !== 'targetsTable' || !rowType) return undefined;
  const row = rowType.create({ rowId, label: '', unit: '', comparison: 'at-least' });
  return state.tr.insert(tablePosition + table.nodeSize - 1, row);
}

/**
 * A fresh row id. From `getRandomValues`, which browsers give on plain-HTTP addresses too
 * (`randomUUID` only on secure ones), so it works on a ward's local network.
 */
export function newRowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `row-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

import { Node } from '@tiptap/core';

/** The values a person types into one chỉ tiêu row; each is its own attribute so concurrent edits of different cells merge. */
export const TARGET_ROW_VALUES = ['target', 'result1', 'result2', 'result3', 'nextTarget'] as const;
export type TargetRowValue = (typeof TARGET_ROW_VALUES)[number];

/**
 * The chỉ tiêu table (DOMAIN.md A6): its columns come from the template; its rows are `targetRow`
 * nodes. The "Đánh giá" column is never stored: it is computed from target and results.
 */
export const TargetsTable = Node.create({
  name: 'targetsTable',
  group: 'block',
  content: 'targetRow*',
  isolating: true,

  addAttributes() {
    return {
      tableId: { default: '' },
      /** `[{ id, label, kind }]` of the template's `TargetColumn`s. */
      columns: { default: [] },
    };
  },

  parseHTML() {
    return [{ tag: 'table[data-targets-table]' }];
  },

  renderHTML({ node }) {
    return ['table', { 'data-targets-table': node.attrs.tableId, class: 'vk-targets' }, ['tbody', 0]];
  },
});

/** One chỉ tiêu: label, unit and comparison from the template (editable), values typed by people. */
export const TargetRow = Node.create({
  name: 'targetRow',
  atom: true,
  selectable: true,

  addAttributes() {
    const attributes: Record<string, { default: unknown }> = {
      rowId: { default: '' },
      label: { default: '' },
      unit: { default: '' },
      comparison: { default: 'at-least' },
    };
    for (const value of TARGET_ROW_VALUES) attributes[value] = { default: '' };
    return attributes;
  },

  parseHTML() {
    return [{ tag: 'tr[data-target-row]' }];
  },

  renderHTML({ node }) {
    const cells = [node.attrs.label, node.attrs.unit, ...TARGET_ROW_VALUES.map((v) => node.attrs[v])].map((value) => [
      'td',
      {},
      String(value ?? ''),
    ]);
    return ['tr', { 'data-target-row': node.attrs.rowId }, ...cells];
  },
});

/**
 * "đạt x/y chỉ tiêu", kept true: an inline atom that names a table; editors and exports compute
 * the count from the table's rows whenever they show it.
 */
export const TargetSummary = Node.create({
  name: 'targetSummary',
  group: 'inline',
  inline: true,
  atom: true,

  addAttributes() {
    return { tableId: { default: '' } };
  },

  parseHTML() {
    return [{ tag: 'span[data-target-summary]' }];
  },

  renderHTML({ node }) {
    return ['span', { 'data-target-summary': node.attrs.tableId, class: 'vk-target-summary' }, 'đạt …/… chỉ tiêu'];
  },
});

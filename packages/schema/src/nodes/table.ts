import { type Attribute, mergeAttributes, Node } from '@tiptap/core';
import { goToNextCell, tableEditing } from '@tiptap/pm/tables';

/**
 * A plain table, as a Word draft has them: rows of cells holding paragraphs. Its nodes carry the
 * `tableRole`s of prosemirror-tables, so its commands and its cell selection work on them. The
 * official `@tiptap/extension-table` is not used because no release of it accepts the TipTap
 * version the project pins. Its names stay clear of the chỉ tiêu table's (`targetsTable`).
 */
const TABLE_ROLES: Record<string, string> = { table: 'table', tableRow: 'row', tableCell: 'cell', tableHeader: 'header_cell' };

/** The content of one cell: paragraphs only, so a cell prints and exports as lines of runs. */
export const TABLE_CELL_CONTENT = 'paragraph+';

const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : 1;
};

/** `colspan`, `rowspan` and `colwidth` are what prosemirror-tables reads on every cell. */
function cellAttributes(): Record<string, Attribute> {
  return {
    colspan: {
      default: 1,
      parseHTML: (element) => positive(element.getAttribute('colspan')),
      renderHTML: (attributes) => (attributes.colspan > 1 ? { colspan: attributes.colspan } : {}),
    },
    rowspan: {
      default: 1,
      parseHTML: (element) => positive(element.getAttribute('rowspan')),
      renderHTML: (attributes) => (attributes.rowspan > 1 ? { rowspan: attributes.rowspan } : {}),
    },
    colwidth: {
      default: null,
      parseHTML: (element) => {
        const widths = element.getAttribute('colwidth')?.split(',').map(Number);
        return widths?.every((width) => Number.isFinite(width) && width > 0) ? widths : null;
      },
      renderHTML: (attributes) => (Array.isArray(attributes.colwidth) ? { colwidth: attributes.colwidth.join(',') } : {}),
    },
  };
}

export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,

  extendNodeSchema(extension) {
    const tableRole = TABLE_ROLES[extension.name];
    return tableRole ? { tableRole } : {};
  },

  parseHTML() {
    return [{ tag: 'table:not([data-targets-table])' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(HTMLAttributes, { class: 'vk-table' }), ['tbody', 0]];
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.commands.command(({ state, dispatch }) => goToNextCell(1)(state, dispatch)),
      'Shift-Tab': () => this.editor.commands.command(({ state, dispatch }) => goToNextCell(-1)(state, dispatch)),
    };
  },

  addProseMirrorPlugins() {
    return [tableEditing()];
  },
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)+',

  parseHTML() {
    return [{ tag: 'tr:not([data-target-row])' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['tr', HTMLAttributes, 0];
  },
});

export const TableCell = Node.create({
  name: 'tableCell',
  content: TABLE_CELL_CONTENT,
  isolating: true,

  addAttributes: cellAttributes,

  parseHTML() {
    return [{ tag: 'td' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['td', HTMLAttributes, 0];
  },
});

/** A cell of a header row (Word's "repeat as header row", HTML's `th`). */
export const TableHeader = Node.create({
  name: 'tableHeader',
  content: TABLE_CELL_CONTENT,
  isolating: true,

  addAttributes: cellAttributes,

  parseHTML() {
    return [{ tag: 'th' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['th', HTMLAttributes, 0];
  },
});

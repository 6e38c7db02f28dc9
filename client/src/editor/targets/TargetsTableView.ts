import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { parseColumns, tableTally, tallyText } from '@van-kien/schema';
import { element, setText } from '../dom.js';
import { appendTargetRow, newRowId } from './appendTargetRow.js';

export interface TargetsTableViewOptions {
  node: ProseMirrorNode;
  view: EditorView;
  getPos(): number | undefined;
  /** Editors get the "Thêm chỉ tiêu" button. */
  editable: boolean;
}

/**
 * The chỉ tiêu table (DOMAIN A6) as a real table: the template's columns as its head, the rows
 * (`TargetRowView`) as its body, and "Đạt x/y chỉ tiêu" counted from them as its foot.
 */
export class TargetsTableView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLTableSectionElement;
  private readonly head: HTMLTableSectionElement;
  private readonly foot: HTMLTableSectionElement;
  private readonly count: HTMLTableCellElement;
  private readonly addButton: HTMLButtonElement | undefined;
  private columnsKey = '';
  private node: ProseMirrorNode;

  constructor(private readonly options: TargetsTableViewOptions) {
    this.node = options.node;
    this.head = element('thead', { contenteditable: 'false' });
    this.contentDOM = element('tbody');
    this.count = element('td', { class: 'vk-targets__count', 'data-testid': 'target-count' });
    this.foot = element('tfoot', { contenteditable: 'false' }, element('tr', {}, this.count));
    const table = element('table', { class: 'vk-targets__table' }, this.head, this.contentDOM, this.foot);
    this.dom = element(
      'div',
      { class: 'vk-targets', 'data-testid': 'targets-table', 'data-table-id': String(this.node.attrs.tableId ?? '') },
      table,
    );
    if (options.editable) {
      this.addButton = element('button', { type: 'button', class: 'vk-targets__add', contenteditable: 'false' }, '+ Thêm chỉ tiêu');
      this.addButton.addEventListener('click', () => this.addRow());
      this.dom.append(this.addButton);
    }
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  /** Head, foot and button are the view's own; the rows handle their own events. */
  stopEvent(event: Event): boolean {
    return event.target instanceof Node && !this.contentDOM.contains(event.target) && this.dom.contains(event.target);
  }

  /** Only the rows are ProseMirror's to read back; head, foot and button change on their own. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return !this.contentDOM.contains(mutation.target);
  }

  private render(): void {
    const columns = parseColumns(this.node.attrs.columns);
    const key = JSON.stringify(columns);
    if (key !== this.columnsKey) {
      this.columnsKey = key;
      this.head.replaceChildren(
        element(
          'tr',
          {},
          ...columns.map((column) => element('th', { scope: 'col', class: `vk-targets__cell--${column.kind}` }, column.label)),
        ),
      );
      this.count.colSpan = Math.max(1, columns.length);
    }
    const tally = tallyText(tableTally(this.node));
    setText(this.count, tally);
    // A table of next term's targets has nothing to assess, so no tally (see `tableTally`).
    this.foot.hidden = tally === '';
  }

  private addRow(): void {
    const position = this.options.getPos();
    if (position === undefined) return;
    const { view } = this.options;
    const tr = appendTargetRow(view.state, position, newRowId());
    if (!tr) return;
    const rowPosition = position + this.node.nodeSize - 1;
    view.dispatch(tr);
    // Straight into the new row's name, where one starts typing.
    const row = view.nodeDOM(rowPosition);
    if (row instanceof HTMLElement) row.querySelector<HTMLElement>('[data-testid="target-cell-label"]')?.focus();
  }
}

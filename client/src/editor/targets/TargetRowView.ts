import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import {
  parseColumns,
  rowVerdict,
  type TargetCell,
  type TargetCellAttribute,
  targetCells,
  targetRowValues,
  verdictText,
} from '@van-kien/schema';
import { element, isFormControl, setText } from '../dom.js';

export interface TargetRowViewOptions {
  node: ProseMirrorNode;
  view: EditorView;
  getPos(): number | undefined;
  /** Editors type into the cells; readers see their text. */
  editable: boolean;
}

/** Browsers without `field-sizing: content` (Firefox) get the chỉ tiêu's textarea sized by hand. */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

function fitHeight(textarea: HTMLTextAreaElement): void {
  if (sizesItself) return;
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight}px`;
}

const PLACEHOLDERS: Partial<Record<TargetCellAttribute, string>> = { label: 'Tên chỉ tiêu', unit: 'ĐVT' };

/**
 * One chỉ tiêu as a table row under its table's columns. Each typed cell is bound to one attribute
 * of the row, written with a transaction per change, so that two people filling different cells
 * of the same row both keep theirs. TT and "Đánh giá" are computed, never stored.
 */
export class TargetRowView implements NodeView {
  readonly dom: HTMLTableRowElement;
  private readonly fields = new Map<TargetCellAttribute, HTMLInputElement | HTMLTextAreaElement | HTMLElement>();
  private readonly verdicts: HTMLElement[] = [];
  private node: ProseMirrorNode;

  constructor(private readonly options: TargetRowViewOptions) {
    this.node = options.node;
    const columns = this.tableColumns();
    this.dom = element('tr', { class: 'vk-targets__row', 'data-testid': 'target-row', 'data-row-id': String(this.node.attrs.rowId ?? '') });
    for (const cell of targetCells(columns)) this.dom.append(this.cell(cell));
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    return isFormControl(event.target);
  }

  ignoreMutation(): boolean {
    return true;
  }

  /**
   * The columns of the table the row is in. Read once: a document keeps its template's columns
   * (a new template version makes new documents), and `getPos` is not to be trusted during an update.
   */
  private tableColumns() {
    const position = this.options.getPos();
    if (position === undefined) return [];
    const $position = this.options.view.state.doc.resolve(position);
    return parseColumns($position.parent.attrs.columns);
  }

  private cell(cell: TargetCell): HTMLTableCellElement {
    const kind = cell.kind === 'value' ? cell.column.kind : cell.kind;
    const td = element('td', { class: `vk-targets__cell vk-targets__cell--${kind}` });
    if (cell.kind === 'verdict') {
      td.dataset.testid = 'target-verdict';
      this.verdicts.push(td);
    } else if (cell.kind === 'value' && this.options.editable) {
      td.append(this.input(cell.attribute, cell.column.label));
    } else if (cell.kind === 'value') {
      // Readers get the text in the cell itself, found by the same test id as an editor's input.
      td.dataset.testid = `target-cell-${cell.attribute}`;
      this.fields.set(cell.attribute, td);
    }
    return td;
  }

  private input(attribute: TargetCellAttribute, columnLabel: string): HTMLInputElement | HTMLTextAreaElement {
    const attributes = {
      class: 'vk-targets__input',
      'data-testid': `target-cell-${attribute}`,
      'aria-label': columnLabel,
      placeholder: PLACEHOLDERS[attribute],
      spellcheck: attribute === 'label' ? undefined : 'false',
      autocomplete: 'off',
    };
    // The chỉ tiêu's name is long and wraps; the other cells hold a short value.
    const input =
      attribute === 'label' ? element('textarea', { ...attributes, rows: '1' }) : element('input', { ...attributes, type: 'text' });
    input.addEventListener('input', () => {
      if (input instanceof HTMLTextAreaElement) fitHeight(input);
      this.write(attribute, input.value);
    });
    if (input instanceof HTMLTextAreaElement) requestAnimationFrame(() => fitHeight(input));
    input.addEventListener('blur', () => this.render());
    input.addEventListener('keydown', (event) => this.onKeyDown(event as KeyboardEvent, attribute));
    this.fields.set(attribute, input);
    return input;
  }

  /** Enter moves to the same cell of the next row, as in a spreadsheet; Shift+Enter to the previous one. */
  private onKeyDown(event: KeyboardEvent, attribute: TargetCellAttribute): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    const sibling = event.shiftKey ? this.dom.previousElementSibling : this.dom.nextElementSibling;
    const next = sibling?.querySelector<HTMLElement>(`[data-testid="target-cell-${attribute}"]`);
    next?.focus();
  }

  private write(attribute: TargetCellAttribute, value: string): void {
    const position = this.options.getPos();
    if (position === undefined || this.node.attrs[attribute] === value) return;
    const { view } = this.options;
    view.dispatch(view.state.tr.setNodeAttribute(position, attribute, value));
  }

  private render(): void {
    const { attrs } = this.node;
    for (const [attribute, field] of this.fields) {
      const value = String(attrs[attribute] ?? '');
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
        // Not under the cursor of the person typing there: a remote value waits for their blur.
        if (document.activeElement !== field && field.value !== value) {
          field.value = value;
          if (field instanceof HTMLTextAreaElement) fitHeight(field);
        }
      } else {
        setText(field, value);
      }
    }
    const verdict = rowVerdict(targetRowValues(this.node));
    for (const cell of this.verdicts) {
      setText(cell, verdictText(verdict));
      cell.dataset.verdict = verdict;
    }
  }
}

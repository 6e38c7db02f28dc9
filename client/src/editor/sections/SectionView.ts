import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { SECTION_STATUSES, type SectionStatus, sectionStatusLabels } from '@van-kien/schema';
import { element, setText } from '../dom.js';
import { sectionBodySelection } from './focusSection.js';
import { sectionContextOf } from './sectionDecorations.js';

export interface SectionViewOptions {
  node: ProseMirrorNode;
  view: EditorView;
  getPos(): number | undefined;
  decorations: readonly Decoration[];
  /** Editors get controls for assignee and status; readers see both as text. */
  editable: boolean;
  /** Only an approver may choose "Đã duyệt" or change the status of an approved section. */
  mayApprove: boolean;
}

const APPROVED: SectionStatus = 'da-duyet';

const statusLabel = (status: unknown) => sectionStatusLabels[status as SectionStatus] ?? sectionStatusLabels['chua-viet'];

/**
 * A template section: a heading that is not text (its computed label, from `sectionDecorations`,
 * and its title, in the official style of its level), who writes it and how far it is, the
 * template's guidance while its body is empty, then the body and subsections ProseMirror edits.
 * Assignee and status are attributes of the node, set with a transaction of their own.
 */
export class SectionView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly head: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly label: HTMLElement;
  private readonly title: HTMLElement;
  private readonly guidance: HTMLElement;
  private readonly status: HTMLSelectElement | HTMLElement;
  private readonly assignee: HTMLInputElement | HTMLElement;
  private node: ProseMirrorNode;
  private decorations: readonly Decoration[];

  constructor(private readonly options: SectionViewOptions) {
    this.node = options.node;
    this.decorations = options.decorations;
    this.label = element('span', { class: 'vk-section__label' });
    this.title = element('span', { class: 'vk-section__title' });
    this.heading = element(
      'div',
      { class: 'vk-section__heading', 'data-testid': 'section-heading', role: 'heading' },
      this.label,
      this.title,
    );
    this.guidance = element('div', { class: 'vk-section__guidance', 'data-testid': 'section-guidance' });
    if (options.editable) {
      this.assignee = element('input', {
        class: 'vk-section__assignee',
        'data-testid': 'section-assignee',
        type: 'text',
        placeholder: 'Chưa phân công',
        maxlength: '100',
        spellcheck: 'false',
      });
      this.status = element(
        'select',
        { class: `vk-section__status status-select`, 'data-testid': 'section-status' },
        ...SECTION_STATUSES.map((status) =>
          element(
            'option',
            { value: status, ...(status === APPROVED && !options.mayApprove && { disabled: '' }) },
            sectionStatusLabels[status],
          ),
        ),
      );
      this.listen(this.assignee as HTMLInputElement, this.status as HTMLSelectElement);
    } else {
      this.assignee = element('span', { class: 'vk-section__assignee', 'data-testid': 'section-assignee' });
      this.status = element('span', { class: 'vk-section__status status-badge', 'data-testid': 'section-status' });
    }
    const controls = element(
      'div',
      { class: 'vk-section__controls' },
      options.editable
        ? element('label', { class: 'vk-section__control' }, element('span', {}, 'Phụ trách'), this.assignee)
        : this.assignee,
      options.editable
        ? element('label', { class: 'vk-section__control' }, element('span', { class: 'visually-hidden' }, 'Trạng thái'), this.status)
        : this.status,
    );
    this.head = element('div', { class: 'vk-section__head', contenteditable: 'false' }, this.heading, controls, this.guidance);
    this.contentDOM = element('div', { class: 'vk-section__body' });
    this.dom = element('section', { 'data-section-id': this.node.attrs.sectionId as string }, this.head, this.contentDOM);
    // A click on the heading means "write here": the cursor goes to the end of the body.
    this.heading.addEventListener('mousedown', (event) => {
      event.preventDefault();
      if (options.editable) this.focusBody();
    });
    this.render();
  }

  update(node: ProseMirrorNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.decorations = decorations;
    this.render();
    return true;
  }

  /** Everything in the heading area is the view's own: ProseMirror must not act on it. */
  stopEvent(event: Event): boolean {
    return event.target instanceof Node && this.head.contains(event.target);
  }

  /** Only the body is ProseMirror's to read back; the heading area changes on its own (inputs). */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return this.head.contains(mutation.target);
    return !this.contentDOM.contains(mutation.target);
  }

  private render(): void {
    const { attrs } = this.node;
    const context = sectionContextOf(this.decorations);
    this.dom.className = `vk-section vk-section--${String(attrs.numbering)}`;
    // A real space after the label, so that copying or reading the heading aloud keeps the two apart.
    setText(this.label, context?.label ? `${context.label} ` : '');
    setText(this.title, String(attrs.title ?? ''));
    this.heading.setAttribute('aria-level', String(Math.min(6, (context?.depth ?? 0) + 2)));
    setText(this.guidance, String(attrs.guidance ?? ''));
    this.guidance.hidden = !attrs.guidance;
    const assignee = typeof attrs.assignee === 'string' ? attrs.assignee : '';
    const status = SECTION_STATUSES.includes(attrs.status as SectionStatus) ? (attrs.status as SectionStatus) : 'chua-viet';
    if (this.assignee instanceof HTMLInputElement) {
      // Not while someone types in it: their text would jump back under their cursor.
      if (document.activeElement !== this.assignee) this.assignee.value = assignee;
    } else {
      // Readers see who writes a section once someone does; "unassigned" on every heading is noise to them.
      setText(this.assignee, assignee ? `Phụ trách: ${assignee}` : '');
      this.assignee.hidden = !assignee;
    }
    if (this.status instanceof HTMLSelectElement) {
      this.status.value = status;
      const locked = status === APPROVED && !this.options.mayApprove;
      this.status.disabled = locked;
      this.status.title = locked ? 'Mục đã duyệt: chỉ người duyệt (Bí thư) mới đổi được trạng thái' : '';
    } else {
      setText(this.status, statusLabel(status));
    }
    this.status.dataset.status = status;
  }

  private listen(assignee: HTMLInputElement, status: HTMLSelectElement): void {
    const commitAssignee = () => {
      const value = assignee.value.trim();
      this.setAttribute('assignee', value === '' ? null : value);
    };
    assignee.addEventListener('change', commitAssignee);
    assignee.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        commitAssignee();
      } else if (event.key === 'Escape') {
        assignee.value = typeof this.node.attrs.assignee === 'string' ? this.node.attrs.assignee : '';
        assignee.blur();
      }
    });
    // Shows what the document says once the person is done, whoever changed it meanwhile.
    assignee.addEventListener('blur', () => this.render());
    status.addEventListener('change', () => this.setAttribute('status', status.value));
  }

  private setAttribute(name: 'assignee' | 'status', value: string | null): void {
    const position = this.options.getPos();
    if (position === undefined || this.node.attrs[name] === value) return;
    const { view } = this.options;
    view.dispatch(view.state.tr.setNodeAttribute(position, name, value));
  }

  private focusBody(): void {
    const position = this.options.getPos();
    if (position === undefined) return;
    const { view } = this.options;
    const selection = sectionBodySelection(view.state.doc, position);
    if (selection) view.dispatch(view.state.tr.setSelection(selection).scrollIntoView());
    view.focus();
  }
}

import { mergeAttributes, Node } from '@tiptap/core';
import { type SectionNumbering, sectionNumberings } from '@van-kien/templates';
import { SECTION_STATUSES, type SectionStatus } from '../sectionStatus.js';

/** The attributes of a `section` node; everything but the body is set by the template or the workflow, never typed. */
export interface SectionAttributes {
  sectionId: string;
  templateSectionId: string | null;
  numbering: SectionNumbering;
  title: string;
  guidance: string;
  required: boolean;
  assignee: string | null;
  status: SectionStatus;
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/**
 * A numbered section of a document built from a template: a heading fixed by the template (its
 * number is computed from the structure, see `sectionLabels`), a free body, then its subsections.
 * Its guidance is an attribute, shown as a hint by the editor, never part of the text.
 */
export const Section = Node.create({
  name: 'section',
  group: 'section',
  content: 'block* section*',
  defining: true,
  isolating: true,
  draggable: false,

  addAttributes() {
    const attribute = (name: string, fallback: unknown, parse: (v: string | null) => unknown = (v) => v ?? fallback) => ({
      default: fallback,
      parseHTML: (element: HTMLElement) => parse(element.getAttribute(`data-${name}`)),
      renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: attributes[toCamel(name)] }),
    });
    return {
      sectionId: attribute('section-id', ''),
      templateSectionId: attribute('template-section-id', null),
      numbering: attribute('numbering', 'none', (v) => (sectionNumberings.includes(v as SectionNumbering) ? v : 'none')),
      title: attribute('title', ''),
      guidance: attribute('guidance', ''),
      required: attribute('required', false, (v) => v === 'true'),
      assignee: attribute('assignee', null),
      status: attribute('status', 'chua-viet', (v) => (SECTION_STATUSES.includes(v as SectionStatus) ? v : 'chua-viet')),
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-section-id]', contentElement: '.vk-section__body' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, { class: 'vk-section' }),
      ['div', { class: 'vk-section__heading', contenteditable: 'false' }, text(node.attrs.title, '')],
      ['div', { class: 'vk-section__body' }, 0],
    ];
  },
});

function toCamel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

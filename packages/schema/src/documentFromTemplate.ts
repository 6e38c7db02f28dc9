import type { JSONContent } from '@tiptap/core';
import type { Section, Template } from '@van-kien/templates';

/**
 * The ProseMirror JSON of a new document laid out by `template`: one section per template section,
 * each with an empty paragraph (or its chỉ tiêu table) to write in. `newId` makes the stable
 * section ids, so that documents built anywhere (server, browser offline) never collide.
 */
export function documentFromTemplate(template: Template, newId: () => string): JSONContent {
  return { type: 'doc', content: template.sections.map((section) => sectionNode(section, newId)) };
}

function sectionNode(section: Section, newId: () => string): JSONContent {
  const body: JSONContent[] =
    section.body.kind === 'targets'
      ? [
          {
            type: 'targetsTable',
            attrs: { tableId: section.id, columns: section.body.columns },
            content: section.body.rows.map((row) => ({
              type: 'targetRow',
              attrs: { rowId: row.id, label: row.label, unit: row.unit, comparison: row.comparison },
            })),
          },
        ]
      : [{ type: 'paragraph' }];
  return {
    type: 'section',
    attrs: {
      sectionId: newId(),
      templateSectionId: section.id,
      numbering: section.numbering,
      title: section.title,
      guidance: section.guidance,
      required: section.required,
      assignee: null,
      status: 'chua-viet',
    },
    content: [...body, ...section.children.map((child) => sectionNode(child, newId))],
  };
}

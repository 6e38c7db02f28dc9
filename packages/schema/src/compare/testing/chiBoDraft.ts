import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { findTemplate } from '@van-kien/templates';
import { documentFromTemplate } from '../../documentFromTemplate.js';
import { documentSchema } from '../../documentSchema.js';
import type { TargetRowValue } from '../../nodes/targets.js';
import type { SectionStatus } from '../../sectionStatus.js';

/** What one version of the chi bộ political report holds, by template section id and row id. */
export interface DraftContent {
  /** The paragraphs of each section named. */
  text?: Record<string, string[]>;
  status?: Record<string, SectionStatus>;
  /** The values typed in chỉ tiêu rows. */
  targets?: Record<string, Partial<Record<TargetRowValue, string>>>;
  /** Sections this version does not have. */
  without?: string[];
}

/**
 * A version of one chi bộ political report, as a frozen draft is: the section ids are the same in
 * every version built here (`s-` and the template section id), so two of them compare as two
 * drafts of one document.
 */
export function chiBoDraft(content: DraftContent = {}): ProseMirrorNode {
  const json = documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => '');
  const fill = (node: JSONContent): JSONContent[] => {
    const templateId = node.attrs?.templateSectionId as string | undefined;
    if (node.type === 'section' && templateId !== undefined) {
      if (content.without?.includes(templateId)) return [];
      node.attrs = { ...node.attrs, sectionId: `s-${templateId}`, status: content.status?.[templateId] ?? 'chua-viet' };
      const paragraphs = content.text?.[templateId];
      if (paragraphs) {
        const subsections = node.content?.filter((child) => child.type === 'section') ?? [];
        node.content = [...paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })), ...subsections];
      }
    }
    if (node.type === 'targetRow') node.attrs = { ...node.attrs, ...content.targets?.[node.attrs?.rowId as string] };
    node.content = node.content?.flatMap(fill);
    return [node];
  };
  return documentSchema().nodeFromJSON(fill(json)[0]!);
}

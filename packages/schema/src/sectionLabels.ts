import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type SectionNumbering, sectionLabel } from '@van-kien/templates';

/**
 * The computed heading label ("PHẦN THỨ NHẤT", "I.", "1.", "a)") of every section, by position:
 * numbering restarts inside each parent, and an unnumbered section takes no number. Computed from
 * the structure each time, so it stays right when sections are added or moved.
 */
export function sectionLabels(doc: ProseMirrorNode): Map<number, string> {
  const labels = new Map<number, string>();
  const visit = (parent: ProseMirrorNode, offset: number) => {
    const counters = new Map<SectionNumbering, number>();
    parent.forEach((child, childOffset) => {
      if (child.type.name !== 'section') return;
      const position = offset + childOffset;
      const numbering = child.attrs.numbering as SectionNumbering;
      if (numbering !== 'none') {
        const index = (counters.get(numbering) ?? 0) + 1;
        counters.set(numbering, index);
        labels.set(position, sectionLabel(numbering, index));
      }
      visit(child, position + 1);
    });
  };
  visit(doc, 0);
  return labels;
}

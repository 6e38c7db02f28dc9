import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SectionNumbering } from '@van-kien/templates';
import { sectionLabels } from '../sectionLabels.js';

/** A section, or a stretch of text outside sections, with its own text as a body to compare. */
export interface DocumentPart {
  /** What matches the part across versions: the section's id, or for free text the section it follows. */
  key: string;
  section: ProseMirrorNode | null;
  numbering: SectionNumbering;
  label: string;
  level: number;
  /** A node whose content is the part's own blocks, its subsections left out. */
  body: ProseMirrorNode;
}

/**
 * The parts of a document in order (a section before its subsections). Text outside sections is
 * keyed by the top-level section before it, so that a document without a template, all free
 * text, compares as one part.
 */
export function documentParts(doc: ProseMirrorNode): DocumentPart[] {
  const labels = sectionLabels(doc);
  const parts: DocumentPart[] = [];
  const seen = new Map<string, number>();
  // Ids are unique in a well-formed document; a repeated one still gets a part of its own.
  const uniqueKey = (key: string) => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? key : `${key}#${count}`;
  };
  const body = (blocks: ProseMirrorNode[]) => doc.type.create(null, Fragment.from(blocks));

  const visitSection = (section: ProseMirrorNode, position: number, level: number) => {
    const blocks: ProseMirrorNode[] = [];
    const subsections: [ProseMirrorNode, number][] = [];
    section.forEach((child, offset) => {
      if (child.type.name === 'section') subsections.push([child, position + 1 + offset]);
      else blocks.push(child);
    });
    parts.push({
      key: uniqueKey(`section:${String(section.attrs.sectionId ?? '')}`),
      section,
      numbering: section.attrs.numbering as SectionNumbering,
      label: labels.get(position) ?? '',
      level,
      body: body(blocks),
    });
    for (const [subsection, subsectionPosition] of subsections) visitSection(subsection, subsectionPosition, level + 1);
  };

  let freeText: ProseMirrorNode[] = [];
  let previousSectionId = '';
  const endFreeText = () => {
    if (freeText.length === 0) return;
    parts.push({
      key: uniqueKey(`text:${previousSectionId}`),
      section: null,
      numbering: 'none',
      label: '',
      level: 0,
      body: body(freeText),
    });
    freeText = [];
  };
  doc.forEach((child, offset) => {
    if (child.type.name !== 'section') {
      freeText.push(child);
      return;
    }
    endFreeText();
    visitSection(child, offset, 0);
    previousSectionId = String(child.attrs.sectionId ?? '');
  });
  endFreeText();
  return parts;
}

/** A part as it stands in each version; at least one of them is there. */
export interface AlignedPart {
  older?: DocumentPart;
  newer?: DocumentPart;
}

/** The parts of both versions in the newer one's order; a part only the older has comes right after the part it followed there. */
export function alignParts(older: readonly DocumentPart[], newer: readonly DocumentPart[]): AlignedPart[] {
  const olderByKey = new Map(older.map((part) => [part.key, part]));
  const newerKeys = new Set(newer.map((part) => part.key));
  const aligned: AlignedPart[] = newer.map((part) => ({ newer: part, older: olderByKey.get(part.key) }));
  older.forEach((part, index) => {
    if (newerKeys.has(part.key)) return;
    const previous = older[index - 1];
    const at = previous === undefined ? 0 : aligned.findIndex((entry) => entry.older === previous) + 1;
    aligned.splice(at, 0, { older: part });
  });
  return aligned;
}

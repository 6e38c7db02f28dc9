import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TARGET_ROW_VALUES } from './nodes/targets.js';
import { sectionLabels } from './sectionLabels.js';
import type { SectionStatus } from './sectionStatus.js';

/** One line of the outline (mục lục). */
export interface OutlineEntry {
  sectionId: string;
  /** Position of the section node in the document. */
  position: number;
  depth: number;
  label: string;
  title: string;
  required: boolean;
  assignee: string | null;
  status: SectionStatus;
  /** Whether its own body (subsections aside) holds any text or a filled table. */
  hasContent: boolean;
}

export interface DocumentProgress {
  withContent: number;
  total: number;
}

/** The sections of a document in order, for the outline, the dashboard and exports. */
export function documentOutline(doc: ProseMirrorNode): OutlineEntry[] {
  const labels = sectionLabels(doc);
  const entries: OutlineEntry[] = [];
  doc.descendants((node, position) => {
    if (node.type.name !== 'section') return node.type.name === 'doc';
    entries.push({
      sectionId: node.attrs.sectionId as string,
      position,
      depth: doc.resolve(position).depth,
      label: labels.get(position) ?? '',
      title: node.attrs.title as string,
      required: node.attrs.required as boolean,
      assignee: node.attrs.assignee as string | null,
      status: node.attrs.status as SectionStatus,
      hasContent: bodyHasContent(node),
    });
    return true;
  });
  return entries;
}

/** "12/19 mục đã có nội dung": sections whose own body has content, of all sections. */
export function documentProgress(doc: ProseMirrorNode): DocumentProgress {
  return outlineProgress(documentOutline(doc));
}

/** `documentProgress` of an outline already built. */
export function outlineProgress(outline: readonly OutlineEntry[]): DocumentProgress {
  return { withContent: outline.filter((e) => e.hasContent).length, total: outline.length };
}

function bodyHasContent(section: ProseMirrorNode): boolean {
  let found = false;
  section.forEach((child) => {
    if (found || child.type.name === 'section') return;
    if (child.type.name === 'targetsTable') {
      child.forEach((row) => {
        if (TARGET_ROW_VALUES.some((key) => String(row.attrs[key] ?? '').trim() !== '')) found = true;
      });
    } else if (child.textContent.trim() !== '') {
      found = true;
    }
  });
  return found;
}

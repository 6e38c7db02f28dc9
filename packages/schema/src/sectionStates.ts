import * as Y from 'yjs';
import { TARGET_ROW_VALUES } from './nodes/targets.js';
import type { SectionStatus } from './sectionStatus.js';
import { CONTENT_FRAGMENT } from './ydocLayout.js';

export interface SectionState {
  status: SectionStatus;
  /** Whether its own body (subsections aside) holds any text or a filled chỉ tiêu. */
  hasContent: boolean;
}

/**
 * Every section's status and whether it has content, in document order: what `documentOutline`
 * says of them, read from the Yjs document itself. Building the ProseMirror document of a
 * 100-page report to learn this takes milliseconds; the server does it after every burst of edits.
 */
export function sectionStates(doc: Y.Doc): SectionState[] {
  const states: SectionState[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement) || child.nodeName !== 'section') continue;
      states.push({
        status: (child.getAttribute('status') as SectionStatus | undefined) ?? 'chua-viet',
        hasContent: bodyHasContent(child),
      });
      visit(child);
    }
  };
  visit(doc.getXmlFragment(CONTENT_FRAGMENT));
  return states;
}

function bodyHasContent(section: Y.XmlElement): boolean {
  return section.toArray().some((child) => {
    if (!(child instanceof Y.XmlElement)) return hasText(child);
    if (child.nodeName === 'section') return false;
    if (child.nodeName === 'targetsTable') return child.toArray().some(isFilledRow);
    return hasText(child);
  });
}

function isFilledRow(row: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  return row instanceof Y.XmlElement && TARGET_ROW_VALUES.some((key) => String(row.getAttribute(key) ?? '').trim() !== '');
}

/** Whether any text inside holds more than white space (a ProseMirror node's `textContent.trim()`). */
function hasText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  if (node instanceof Y.XmlText) {
    for (let item = node._start; item !== null; item = item.right) {
      if (!item.deleted && item.content instanceof Y.ContentString && /\S/.test(item.content.str)) return true;
    }
    return false;
  }
  return node instanceof Y.XmlElement && node.toArray().some(hasText);
}

import type { ImportedPassageSchema } from '@van-kien/api';
import { documentFromTemplate, documentSchema, type JSONContent } from '@van-kien/schema';
import type { SectionNumbering, Template } from '@van-kien/templates';
import type { z } from 'zod';
import { matchingKey } from './partyNumbering.js';
import { type ImportedHeading, type ImportedItem, inlineText } from './readImportedHtml.js';

type ImportedPassage = z.infer<typeof ImportedPassageSchema>;

/** The document an import makes, and (with a template) the passages that fit none of its sections. */
export interface ImportedDocument {
  json: JSONContent;
  unplaced: ImportedPassage[];
}

/** How deep each numbering sits: PHẦN THỨ → I. → 1. → a). */
const RANK: Record<Exclude<SectionNumbering, 'none'>, number> = { part: 1, roman: 2, arabic: 3, letter: 4 };

/**
 * The imported items as a document of the shared schema, checked against it. Without a template,
 * every heading becomes a section holding the text under it, nested by its numbering (or by its
 * Word heading level when the file has no numbered headings). With one, the document is the
 * template's, and a heading that matches one of its sections fills that section.
 */
export function buildImportedDocument(
  items: readonly ImportedItem[],
  template: Template | undefined,
  newId: () => string,
): ImportedDocument {
  const built = template ? fillTemplate(items, template, newId) : { json: outline(items, newId), unplaced: [] };
  if (!built.json.content?.length) built.json.content = [{ type: 'paragraph' }];
  documentSchema().nodeFromJSON(built.json).check();
  return built;
}

function sectionNode(heading: ImportedHeading, newId: () => string): JSONContent {
  return {
    type: 'section',
    attrs: {
      sectionId: newId(),
      templateSectionId: null,
      numbering: heading.numbering,
      title: heading.title || heading.text,
      guidance: '',
      required: false,
      assignee: null,
      status: 'chua-viet',
    },
    content: [],
  };
}

function outline(items: readonly ImportedItem[], newId: () => string): JSONContent {
  const numbered = items.some((item) => item.type === 'heading' && item.numbering !== 'none');
  // An unnumbered heading in a numbered document ("Bối cảnh") sits under the heading before it and
  // gives way to the next numbered one; in a document without numbers, Word's levels nest.
  const rank = (heading: ImportedHeading) =>
    heading.numbering !== 'none' ? RANK[heading.numbering] : numbered ? 10 : (heading.styleLevel ?? 1);
  const root: JSONContent[] = [];
  const stack: { rank: number; node: JSONContent }[] = [];
  for (const item of items) {
    if (item.type === 'block') {
      (stack.at(-1)?.node.content ?? root).push(item.node);
      continue;
    }
    const own = rank(item);
    while (stack.length && stack.at(-1)!.rank >= own) stack.pop();
    const node = sectionNode(item, newId);
    (stack.at(-1)?.node.content ?? root).push(node);
    stack.push({ rank: own, node });
  }
  const withParagraphs = (nodes: JSONContent[]): JSONContent[] =>
    nodes.map((node) => {
      if (node.type !== 'section') return node;
      const content = withParagraphs(node.content ?? []);
      return { ...node, content: content[0]?.type === 'section' || content.length === 0 ? [{ type: 'paragraph' }, ...content] : content };
    });
  return { type: 'doc', content: withParagraphs(root) };
}

interface Slot {
  key: string;
  node: JSONContent;
  imported: JSONContent[];
}

function fillTemplate(items: readonly ImportedItem[], template: Template, newId: () => string): ImportedDocument {
  const json = documentFromTemplate(template, newId);
  const slots: Slot[] = [];
  const collect = (nodes: readonly JSONContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      slots.push({ key: matchingKey(String(node.attrs?.title ?? '')), node, imported: [] });
      collect(node.content ?? []);
    }
  };
  collect(json.content ?? []);
  const used = new Set<Slot>();
  const unplaced: ImportedPassage[] = [];
  let current: Slot | undefined;
  let lastHeading: string | null = null;
  const unplace = (text: string) => {
    const last = unplaced.at(-1);
    if (last && last.heading === lastHeading) last.text += `\n${text}`;
    else unplaced.push({ heading: lastHeading, text });
  };
  for (const item of items) {
    if (item.type === 'heading') {
      const slot = findSlot(slots, used, current, matchingKey(item.title || item.text));
      if (slot) {
        used.add(slot);
        current = slot;
        lastHeading = item.text;
        continue;
      }
      // A heading of its own: kept as a bold line in the section it falls in.
      if (current) current.imported.push({ type: 'paragraph', content: [{ type: 'text', text: item.text, marks: [{ type: 'bold' }] }] });
      else lastHeading = item.text;
      continue;
    }
    if (current) current.imported.push(item.node);
    else unplace(blockText(item.node));
  }
  for (const slot of used) {
    if (!slot.imported.length) continue;
    const content = slot.node.content ?? [];
    const isEmptyParagraph = (node: JSONContent) => node.type === 'paragraph' && !node.content?.length;
    const kept = content.filter((node) => !isEmptyParagraph(node) && node.type !== 'section');
    const children = content.filter((node) => node.type === 'section');
    slot.node.content = [...slot.imported, ...kept, ...children];
  }
  return { json, unplaced };
}

/** The template section a heading names: the first unused one after the current, else any unused one. */
function findSlot(slots: readonly Slot[], used: ReadonlySet<Slot>, current: Slot | undefined, key: string): Slot | undefined {
  if (!key) return undefined;
  const matches = (slot: Slot) =>
    !used.has(slot) &&
    (slot.key === key || (Math.min(slot.key.length, key.length) >= 12 && (slot.key.startsWith(key) || key.startsWith(slot.key))));
  const start = current ? slots.indexOf(current) + 1 : 0;
  return slots.slice(start).find(matches) ?? slots.slice(0, start).find(matches);
}

function blockText(node: JSONContent): string {
  if (node.type === 'paragraph' || node.type === 'heading') return inlineText(node.content);
  return (node.content ?? []).map(blockText).join('\n');
}

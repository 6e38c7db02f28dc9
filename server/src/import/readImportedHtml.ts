import type { JSONContent } from '@van-kien/schema';
import type { SectionNumbering } from '@van-kien/templates';
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { typedNumbering } from './partyNumbering.js';

/** A heading of the Word file: from a Word heading style, or Party numbering typed as text. */
export interface ImportedHeading {
  type: 'heading';
  numbering: SectionNumbering;
  title: string;
  /** As it read in the file, label included ("II. Công tác xây dựng Đảng"). */
  text: string;
  /** The Word heading level (1 for "Heading 1"), or undefined for a heading recognised by its numbering. */
  styleLevel: number | undefined;
}

export interface ImportedBlock {
  type: 'block';
  node: JSONContent;
}

export type ImportedItem = ImportedHeading | ImportedBlock;

/** The Word file's content in reading order, with a count of what was left out or kept otherwise. */
export interface ImportedContent {
  items: ImportedItem[];
  images: number;
  /** Tables inside a table's cell, which the schema's cells (paragraphs only) keep as a line of text per row. */
  nestedTables: number;
}

type Mark = 'bold' | 'italic' | 'underline' | 'strike';
const MARKS: Record<string, Mark> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike' };
/** Longer than this, a line that begins "1." is a sentence of a list typed by hand, not a heading. */
const MAX_HEADING_LENGTH = 200;

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
/**
 * NFC text with plain spaces; Word's non-breaking hyphen (which mammoth gives as U+2011, and our own
 * export writes in "2025-2027") is a hyphen again, and invisible break hints (zero-width spaces, soft
 * hyphens) are dropped, so a document exported and imported again reads as it was typed.
 */
const clean = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/[\s\u00a0]+/g, ' ');

/** The plain text of inline content. */
export function inlineText(content: readonly JSONContent[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? ''))).join('');
}

/**
 * Reads mammoth's HTML into blocks of the shared schema and the headings between them, text in
 * NFC. Tables stay tables, their cells' text and emphasis kept; a table inside a cell becomes a
 * line per row (a cell holds paragraphs only) and images are left out; both are counted so the
 * person importing is told.
 */
export function readImportedHtml(html: string): ImportedContent {
  const counts = { images: 0, nestedTables: 0 };

  const inlineRaw = (nodes: readonly ChildNode[], marks: readonly Mark[]): JSONContent[] => {
    const out: JSONContent[] = [];
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = clean(node.data);
        if (text) out.push(marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text });
      } else if (isElement(node)) {
        if (node.name === 'br') out.push({ type: 'hardBreak' });
        else if (node.name === 'img') counts.images += 1;
        // A footnote's link back to its reference ("↑") means nothing once the text is here.
        else if (node.name === 'a' && node.attribs.href?.startsWith('#footnote-ref')) continue;
        else {
          const mark = MARKS[node.name];
          out.push(...inlineRaw(node.children, mark && !marks.includes(mark) ? [...marks, mark] : marks));
        }
      }
    }
    return out;
  };
  const inline = (nodes: readonly ChildNode[], marks: readonly Mark[]): JSONContent[] => trimmed(inlineRaw(nodes, marks));

  const paragraph = (content: JSONContent[]): JSONContent => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

  const listItems = (list: Element): JSONContent[] =>
    list.children.filter(isElement).map((li) => {
      const children: JSONContent[] = [];
      let pending: ChildNode[] = [];
      const flush = () => {
        const content = inline(pending, []);
        if (content.length || children.length === 0) children.push(paragraph(content));
        pending = [];
      };
      for (const child of li.children) {
        if (isElement(child) && (child.name === 'ul' || child.name === 'ol' || child.name === 'p' || child.name === 'table')) {
          if (pending.length || children.length === 0) flush();
          children.push(...blocks([child]).flatMap((item) => (item.type === 'block' ? [item.node] : [paragraph(headingInline(item))])));
        } else {
          pending.push(child);
        }
      }
      if (pending.length) flush();
      return { type: 'listItem', content: children };
    });

  /** A Word table as a table of the schema: `th` cells as header cells, spans kept, each cell's text as paragraphs. */
  const tableNode = (table: Element): JSONContent | undefined => {
    const rows: JSONContent[][] = [];
    const visit = (node: Element) => {
      for (const child of node.children.filter(isElement)) {
        if (child.name === 'tr') {
          const cells = child.children
            .filter((cell): cell is Element => isElement(cell) && (cell.name === 'td' || cell.name === 'th'))
            .map((cell) => tableCell(cell));
          if (cells.length) rows.push(cells);
        } else if (child.name !== 'table') visit(child);
      }
    };
    visit(table);
    return rows.length ? { type: 'table', content: rectangular(rows).map((content) => ({ type: 'tableRow', content })) } : undefined;
  };

  const tableCell = (cell: Element): JSONContent => {
    const content = blocks(cell.children).flatMap((item) =>
      item.type === 'heading' ? [paragraph(headingInline(item))] : asParagraphs(item.node),
    );
    const span = (name: string) => {
      const value = Number(cell.attribs[name]);
      return Number.isInteger(value) && value > 1 ? value : 1;
    };
    return {
      type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
      attrs: { colspan: span('colspan'), rowspan: span('rowspan'), colwidth: null },
      content: content.length ? content : [paragraph([])],
    };
  };

  /** A block inside a cell as the paragraphs a cell holds: a list item's marker typed before it, a nested table a line per row. */
  const asParagraphs = (node: JSONContent): JSONContent[] => {
    switch (node.type) {
      case 'paragraph':
        return [node];
      case 'bulletList':
      case 'orderedList':
        return (node.content ?? []).flatMap((item, index) => {
          const [first, ...rest] = (item.content ?? []).flatMap(asParagraphs);
          const marker: JSONContent = { type: 'text', text: node.type === 'bulletList' ? '- ' : `${index + 1}. ` };
          return first ? [paragraph([marker, ...(first.content ?? [])]), ...rest] : [];
        });
      case 'table':
        counts.nestedTables += 1;
        return (node.content ?? []).flatMap((row) => {
          const text = (row.content ?? [])
            .map((cell) =>
              (cell.content ?? [])
                .map((child) => inlineText(child.content))
                .join(' ')
                .trim(),
            )
            .filter(Boolean)
            .join(' | ');
          return text ? [paragraph([{ type: 'text', text }])] : [];
        });
      default:
        return (node.content ?? []).flatMap(asParagraphs);
    }
  };

  const blocks = (nodes: readonly ChildNode[]): ImportedItem[] => {
    const items: ImportedItem[] = [];
    for (const node of nodes) {
      if (!isElement(node)) {
        const content = inline([node], []);
        if (content.length) items.push({ type: 'block', node: paragraph(content) });
        continue;
      }
      const level = /^h([1-6])$/.exec(node.name)?.[1];
      if (level) {
        const text = inlineText(inline(node.children, [])).trim();
        if (text) items.push(heading(text, Number(level)));
      } else if (node.name === 'p') {
        const content = inline(node.children, []);
        if (!content.length) continue;
        const recognised = typedHeading(content);
        items.push(recognised ?? { type: 'block', node: paragraph(content) });
      } else if (node.name === 'ul' || node.name === 'ol') {
        const content = listItems(node);
        if (content.length) items.push({ type: 'block', node: { type: node.name === 'ul' ? 'bulletList' : 'orderedList', content } });
      } else if (node.name === 'table') {
        const table = tableNode(node);
        if (table) items.push({ type: 'block', node: table });
      } else if (node.name === 'img') {
        counts.images += 1;
      } else {
        items.push(...blocks(node.children));
      }
    }
    return items;
  };

  const items = joinPartTitles(blocks(parseDocument(html).children));
  return { items, ...counts };
}

function heading(text: string, styleLevel: number | undefined): ImportedHeading {
  const typed = typedNumbering(text);
  return { type: 'heading', numbering: typed?.numbering ?? 'none', title: typed ? typed.title : text, text, styleLevel };
}

/**
 * A paragraph that reads as a heading by its typed numbering: "PHẦN THỨ …" and "I." always (when
 * short), "1." and "a)" only when the whole line is bold or italic, as headings are typed; a
 * plain "1. …" is a list typed by hand.
 */
function typedHeading(content: JSONContent[]): ImportedHeading | undefined {
  const text = inlineText(content).trim();
  if (text.includes('\n') || text.length > MAX_HEADING_LENGTH) return undefined;
  const typed = typedNumbering(text);
  if (!typed) return undefined;
  const emphasised = content.every(
    (node) => node.type !== 'text' || !node.text?.trim() || node.marks?.some((mark) => mark.type === 'bold' || mark.type === 'italic'),
  );
  if ((typed.numbering === 'arabic' || typed.numbering === 'letter') && !emphasised) return undefined;
  if (/[;,]$/.test(text)) return undefined;
  return heading(text, undefined);
}

function headingInline(item: ImportedHeading): JSONContent[] {
  return [{ type: 'text', text: item.text, marks: [{ type: 'bold' }] }];
}

/** "PHẦN THỨ NHẤT" on a line of its own takes the next short line as its title, as Party documents print it. */
function joinPartTitles(items: ImportedItem[]): ImportedItem[] {
  const out: ImportedItem[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const next = items[index + 1];
    if (item.type === 'heading' && item.numbering === 'part' && !item.title && next) {
      const title =
        next.type === 'heading' && next.numbering === 'none'
          ? next.title
          : next.type === 'block' && next.node.type === 'paragraph'
            ? inlineText(next.node.content).trim()
            : '';
      if (title && title.length <= MAX_HEADING_LENGTH && !title.includes('\n')) {
        out.push({ ...item, title, text: `${item.text} ${title}` });
        index += 1;
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

/**
 * The rows padded with empty cells to the widest, and row spans cut at the table's end, so that
 * the table is the rectangle prosemirror-tables expects (Word allows ragged rows).
 */
function rectangular(rows: JSONContent[][]): JSONContent[][] {
  const span = (cell: JSONContent, name: string) => Number(cell.attrs?.[name] ?? 1);
  const covered = rows.map(() => 0);
  const widths = rows.map((cells, index) => {
    let width = covered[index]!;
    for (const cell of cells) {
      const rowspan = Math.min(span(cell, 'rowspan'), rows.length - index);
      cell.attrs = { ...cell.attrs, rowspan };
      for (let below = index + 1; below < index + rowspan; below += 1) covered[below]! += span(cell, 'colspan');
      width += span(cell, 'colspan');
    }
    return width;
  });
  const width = Math.max(...widths);
  return rows.map((cells, index) => [
    ...cells,
    ...Array.from({ length: width - widths[index]! }, () => ({
      type: 'tableCell',
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content: [{ type: 'paragraph' }],
    })),
  ]);
}

/** Inline content without the spaces at its two ends. */
function trimmed(content: JSONContent[]): JSONContent[] {
  const out = content.map((node) => ({ ...node }));
  while (out.length && out[0]!.type === 'text' && !out[0]!.text?.trim()) out.shift();
  while (out.length && out.at(-1)!.type === 'text' && !out.at(-1)!.text?.trim()) out.pop();
  while (out.length && out[0]!.type === 'hardBreak') out.shift();
  while (out.length && out.at(-1)!.type === 'hardBreak') out.pop();
  if (out[0]?.type === 'text') out[0].text = out[0].text!.trimStart();
  const last = out.at(-1);
  if (last?.type === 'text') last.text = last.text!.trimEnd();
  return out;
}

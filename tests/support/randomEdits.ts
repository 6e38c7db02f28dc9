import { CONTENT_FRAGMENT } from '@van-kien/schema';
import * as Y from 'yjs';
import type { SeededRandom } from './SeededRandom.js';

/** The plain shared text edited beside the document's rich text. */
export const PLAIN_TEXT = 't';

const PHRASES = [
  'Chi bộ Khu dân cư số 5',
  'Đảng ủy phường Ô Chợ Dừa',
  'nhiệm kỳ 2025–2030',
  'nâng cao năng lực lãnh đạo',
  'kết nạp đảng viên mới',
  'Mặt trận Tổ quốc Việt Nam',
  'xây dựng, chỉnh đốn Đảng',
  'góp ý dự thảo văn kiện',
];

/**
 * The text one edit inserts: unique in the run (by author and number, closed by »), so that text
 * stored or relayed twice shows as a token that appears twice.
 */
export function uniqueToken(author: string, number: number, random: SeededRandom): string {
  return `«${author}${number} ${random.pick(PHRASES)}»`;
}

/** How many times `token` appears whole in the document's text and rich text. */
export function occurrences(content: DocumentContent, token: string): number {
  let count = 0;
  for (const text of [content.text, content.richText]) {
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + token.length)) count++;
  }
  return count;
}

/** What a replica shows: the plain text and the rich text as XML. */
export interface DocumentContent {
  text: string;
  richText: string;
}

export function contentOf(doc: Y.Doc): DocumentContent {
  return { text: doc.getText(PLAIN_TEXT).toString(), richText: doc.getXmlFragment(CONTENT_FRAGMENT).toString() };
}

type Edit = (doc: Y.Doc, random: SeededRandom, token: string) => void;

const insertText: Edit = (doc, random, token) => {
  const text = doc.getText(PLAIN_TEXT);
  text.insert(random.int(text.length + 1), token);
};

const deleteText: Edit = (doc, random, token) => {
  const text = doc.getText(PLAIN_TEXT);
  if (text.length === 0) return insertText(doc, random, token);
  deleteRange(text, random);
};

/** Edits of the rich text, on the paragraphs in the document's sections (never the sections). */
const paragraphEdits: Edit[] = [
  (doc, random, token) => {
    const text = paragraphText(random.pick(paragraphsOf(doc)));
    text.insert(random.int(text.length + 1), token);
  },
  (doc, random, token) => {
    const text = paragraphText(random.pick(paragraphsOf(doc)));
    if (text.length === 0) text.insert(0, token);
    else deleteRange(text, random);
  },
  (doc, random, token) => {
    const paragraph = random.pick(paragraphsOf(doc));
    const parent = paragraph.parent as Y.XmlElement;
    const added = new Y.XmlElement('paragraph');
    added.insert(0, [new Y.XmlText(token)]);
    parent.insert(parent.toArray().indexOf(paragraph) + 1, [added]);
  },
  (doc, random, token) => {
    const paragraph = random.pick(paragraphsOf(doc));
    const parent = paragraph.parent as Y.XmlElement;
    const siblings = parent.toArray();
    // A section keeps a paragraph to write in, as the editor does.
    if (siblings.filter(isParagraph).length > 1) parent.delete(siblings.indexOf(paragraph), 1);
    else paragraphText(paragraph).insert(0, token);
  },
];

/**
 * One random edit in one transaction (so one update), inserting `token` or deleting a stretch:
 * in the plain text, or in the rich text once the client has its sections.
 */
export function randomEdit(doc: Y.Doc, random: SeededRandom, token: string): void {
  const edits = paragraphsOf(doc).length === 0 ? [insertText, deleteText] : [insertText, deleteText, ...paragraphEdits];
  doc.transact(() => random.pick(edits)(doc, random, token));
}

function deleteRange(text: Y.Text, random: SeededRandom): void {
  const start = random.int(text.length);
  text.delete(start, random.between(1, Math.min(12, text.length - start)));
}

function isParagraph(node: unknown): node is Y.XmlElement {
  return node instanceof Y.XmlElement && node.nodeName === 'paragraph';
}

function paragraphsOf(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const node of parent.toArray()) {
      if (isParagraph(node)) found.push(node);
      else if (node instanceof Y.XmlElement) visit(node);
    }
  };
  visit(doc.getXmlFragment(CONTENT_FRAGMENT));
  return found;
}

/** The paragraph's text node, made if the paragraph is empty (an empty paragraph has none). */
function paragraphText(paragraph: Y.XmlElement): Y.XmlText {
  const existing = paragraph.toArray().find((node): node is Y.XmlText => node instanceof Y.XmlText);
  if (existing) return existing;
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return text;
}

import * as Y from 'yjs';
import { documentSchema } from '../documentSchema.js';
import { CONTENT_FRAGMENT } from '../ydocLayout.js';

/**
 * What stands between blocks, and for an inline leaf (line break, chỉ tiêu summary), in the plain
 * text of a document: a passage across two paragraphs reads "end of one\nstart of the next".
 */
const BLOCK_SEPARATOR = '\n';

/** The text of one Y.XmlText: where it sits in the plain text, and where in the ProseMirror document. */
export interface TextRun {
  readonly text: Y.XmlText;
  readonly value: string;
  /** Offset of its first character in `DocumentText.text`. */
  readonly offset: number;
  /** ProseMirror position (in `readDocumentNode(doc)`) before its first character. */
  readonly position: number;
  /** The `sectionId` of the innermost section around it. */
  readonly sectionId: string | null;
}

/** A stretch [start, end) of `DocumentText.text`. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The document's text as one string, with the way back from each character to its Yjs item and
 * its ProseMirror position. Read straight from the Y types (never through the ProseMirror
 * conversion, which repairs the shared document as it reads it), and sized by the shared schema
 * so that positions are those of `readDocumentNode(doc)`.
 */
export class DocumentText {
  private readonly runsByType: Map<Y.XmlText, TextRun>;
  private letterIndex: { letters: string; offsets: number[] } | undefined;

  constructor(
    readonly text: string,
    private readonly runs: readonly TextRun[],
    /** Where each section's text lies, its subsections' included. */
    readonly sections: ReadonlyMap<string, TextRange>,
    /** The size of the ProseMirror document's content: the last position. */
    readonly size: number,
  ) {
    this.runsByType = new Map(runs.map((run) => [run.text, run]));
  }

  /** The run of a Y.XmlText, or undefined if it is not (or no longer) part of the text. */
  runOf(type: Y.AbstractType<unknown>): TextRun | undefined {
    return type instanceof Y.XmlText ? this.runsByType.get(type) : undefined;
  }

  /** The run holding the character at `offset`; undefined for a separator. */
  runAt(offset: number): TextRun | undefined {
    let low = 0;
    let high = this.runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const run = this.runs[middle]!;
      if (offset < run.offset) high = middle - 1;
      else if (offset >= run.offset + run.value.length) low = middle + 1;
      else return run;
    }
    return undefined;
  }

  /**
   * The plain-text range [start, end) of the characters whose ProseMirror positions lie in
   * [from, to), or null when there is none.
   */
  rangeOfPositions(from: number, to: number): TextRange | null {
    let start: number | undefined;
    let end: number | undefined;
    for (const run of this.runs) {
      const first = Math.max(from, run.position);
      const last = Math.min(to, run.position + run.value.length);
      if (first >= last) continue;
      start ??= run.offset + first - run.position;
      end = run.offset + last - run.position;
    }
    return start === undefined || end === undefined ? null : { start, end };
  }

  /** The range shrunk to begin and end on a letter (never on whitespace or a separator); null if none is left. */
  trimmed(start: number, end: number): TextRange | null {
    while (start < end && /\s/.test(this.text[start]!)) start++;
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    return start < end ? { start, end } : null;
  }

  /** ProseMirror positions of the range [start, end), which must begin and end on characters. */
  positionsOf(start: number, end: number): { from: number; to: number } {
    const first = this.runAt(start)!;
    const last = this.runAt(end - 1)!;
    return { from: first.position + start - first.offset, to: last.position + end - last.offset };
  }

  /**
   * The text without whitespace (spaces, line and paragraph breaks), with the offset in `text` of
   * each remaining character: quotes are found again letter for letter, whatever became of the
   * breaks and spaces around and inside them.
   */
  get letters(): { letters: string; offsets: number[] } {
    this.letterIndex ??= lettersOf(this.text);
    return this.letterIndex;
  }
}

/** `text` without whitespace, and the offset in `text` of each remaining character. */
export function lettersOf(text: string): { letters: string; offsets: number[] } {
  const offsets: number[] = [];
  for (const match of text.matchAll(/\S/g)) offsets.push(match.index);
  return { letters: text.replace(/\s/g, ''), offsets };
}

const cache = new WeakMap<Y.Doc, DocumentText>();

/**
 * The text of the document's content fragment. Kept until the document's next transaction, so that
 * resolving every thread of a document after an edit reads the document once.
 */
export function documentText(doc: Y.Doc): DocumentText {
  const cached = cache.get(doc);
  if (cached) return cached;
  const text = readDocumentText(doc.getXmlFragment(CONTENT_FRAGMENT));
  // Read inside a transaction, the text may still change before it ends: not worth keeping.
  if (doc._transaction === null) {
    cache.set(doc, text);
    doc.once('afterTransaction', () => cache.delete(doc));
  }
  return text;
}

function readDocumentText(fragment: Y.XmlFragment): DocumentText {
  const schema = documentSchema();
  const runs: TextRun[] = [];
  const sections = new Map<string, TextRange>();
  let text = '';

  /** Visits the children of `parent`, whose content starts at `position`; returns the content's size. */
  const visit = (parent: Y.XmlFragment, position: number, sectionId: string | null, inTextblock: boolean): number => {
    const contentStart = position;
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) {
        if (inTextblock) {
          const value = textOf(child);
          runs.push({ text: child, value, offset: text.length, position, sectionId });
          text += value;
        }
        position += child.length;
        continue;
      }
      // The conversion to ProseMirror drops what the schema does not know: so does the text.
      const type = child instanceof Y.XmlElement ? schema.nodes[child.nodeName] : undefined;
      if (!type || !(child instanceof Y.XmlElement)) continue;
      if (type.isLeaf) {
        if (type.isInline) text += BLOCK_SEPARATOR;
        position += 1;
        continue;
      }
      if (type.isTextblock && text !== '') text += BLOCK_SEPARATOR;
      // A section without an id (none is made so) is seen as part of the section around it.
      const ownSectionId = type.name === 'section' ? sectionIdOf(child) : null;
      const start = text.length;
      position += visit(child, position + 1, ownSectionId ?? sectionId, type.isTextblock) + 2;
      if (ownSectionId !== null) sections.set(ownSectionId, { start, end: text.length });
    }
    return position - contentStart;
  };

  const size = visit(fragment, 0, null, false);
  return new DocumentText(text, runs, sections, size);
}

function textOf(type: Y.XmlText): string {
  let value = '';
  for (const part of type.toDelta() as { insert: unknown }[]) if (typeof part.insert === 'string') value += part.insert;
  return value;
}

function sectionIdOf(section: Y.XmlElement): string | null {
  const id = section.getAttribute('sectionId');
  return typeof id === 'string' && id !== '' ? id : null;
}

import type { PartyDocumentFormat, RevisionKind, TextStyle } from '@van-kien/schema';
import { DeletedTextRun, InsertedTextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { type RunEmphasis, styledRun, styledRunOptions } from './docxText.js';

/** Who the tracked changes of a document are by, and when, as Word shows them beside each change. */
export interface RevisionAuthorship {
  author: string;
  date: Date;
}

/**
 * The tracked changes (`w:ins`, `w:del`) of one document, which Word and LibreOffice let one
 * accept or reject. Word wants every change's id unique in the document, so one of these is made
 * per document and numbers them all.
 */
export class Revisions {
  private lastId = 0;
  private readonly date: string;

  constructor(private readonly authorship: RevisionAuthorship) {
    // Word reads the date without fractions of a second.
    this.date = authorship.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** The attributes of one change: a new id, the author, the date. */
  mark(): { id: number; author: string; date: string } {
    return { id: ++this.lastId, author: this.authorship.author, date: this.date };
  }

  /** A run of text inserted or deleted. */
  run(kind: RevisionKind, options: IRunOptions): ParagraphChild {
    return kind === 'inserted' ? new InsertedTextRun({ ...options, ...this.mark() }) : new DeletedTextRun({ ...options, ...this.mark() });
  }
}

/** `text` in `style`, as a tracked change when it has a revision. */
export function revisedRun(
  text: string,
  style: TextStyle,
  format: PartyDocumentFormat,
  revisions: Revisions,
  revision: RevisionKind | undefined,
  emphasis: RunEmphasis = {},
): ParagraphChild {
  return revision ? revisions.run(revision, styledRunOptions(text, style, format, emphasis)) : styledRun(text, style, format, emphasis);
}

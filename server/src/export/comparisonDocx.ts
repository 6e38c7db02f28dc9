import {
  comparisonPrintableBlocks,
  type DocumentComparison,
  type DocumentHeader,
  type PartyDocumentFormat,
  partyDocumentFormat,
} from '@van-kien/schema';
import { partyDocument } from './partyDocument.js';

export interface ComparisonDocxContent {
  /** Shown as the file's title in Word's properties. */
  title: string;
  /** The document's header block, as its own export prints it. */
  header: DocumentHeader;
  /** The newer version's draft marker ("DỰ THẢO (lần 2)"), or null once the document is adopted. */
  draftMarker: string | null;
  comparison: DocumentComparison;
  /** Whom Word names beside each tracked change (who asked for the comparison), and when. */
  author: string;
  date: Date;
  /** "Dự thảo lần 1", "Dự thảo lần 2". */
  olderLabel: string;
  newerLabel: string;
}

/**
 * The bản so sánh: the document in the Party format with the changes from the older version to
 * the newer one as Word's tracked changes, which a reader can accept or reject; it opens by
 * naming the two versions compared and how much changed.
 */
export function comparisonDocx(
  { title, header, draftMarker, comparison, author, date, olderLabel, newerLabel }: ComparisonDocxContent,
  format: PartyDocumentFormat = partyDocumentFormat,
): Promise<Buffer> {
  return partyDocument(
    {
      title,
      header,
      draftMarker,
      blocks: comparisonPrintableBlocks(comparison, { olderLabel, newerLabel }),
      revisionAuthorship: { author, date },
    },
    format,
  );
}

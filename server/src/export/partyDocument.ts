import type { DocumentHeader, PartyDocumentFormat, PrintableBlock } from '@van-kien/schema';
import { Document, Packer } from 'docx';
import { bodyBlocks } from './bodyBlocks.js';
import { lineSpacing, twips } from './docxText.js';
import { headerBlock } from './headerBlock.js';
import { pageHeaders } from './pageHeaders.js';
import { type RevisionAuthorship, Revisions } from './revisions.js';
import { signatureBlock } from './signatureBlock.js';

export interface PartyDocumentContent {
  /** Shown as the file's title in Word's properties. */
  title: string;
  header: DocumentHeader;
  /** "DỰ THẢO (lần n)" at the top of the first page (see `draftMarkerText`); null once adopted, or for a report. */
  draftMarker: string | null;
  /** The text between the header block and the signature. */
  blocks: readonly PrintableBlock[];
  /** Whom the blocks' revisions (a comparison's tracked changes) are by; without it, Văn Kiện, now. */
  revisionAuthorship?: RevisionAuthorship;
}

/**
 * A .docx laid out as a Party document (Hướng dẫn 36-HD/VPTW, DOMAIN.md §B) in `format`: A4 with
 * its margins, the header block, the text, the signature and recipients, page numbers from the
 * second page. Any content that comes as printable blocks (a document, a compilation report) is
 * exported this way.
 */
export function partyDocument(
  { title, header, draftMarker, blocks, revisionAuthorship }: PartyDocumentContent,
  format: PartyDocumentFormat,
): Promise<Buffer> {
  const { page } = format;
  const revisions = new Revisions(revisionAuthorship ?? { author: 'Văn Kiện', date: new Date() });
  const document = new Document({
    title,
    creator: 'Văn Kiện',
    styles: {
      default: {
        document: {
          run: { font: format.fontFamily, size: format.body.sizePt * 2, language: { value: 'vi-VN' } },
          // Paragraphs docx makes on its own (an empty table cell) are single-spaced by name too.
          paragraph: { spacing: lineSpacing() },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: {
              top: twips(page.marginsMm.topMm),
              bottom: twips(page.marginsMm.bottomMm),
              left: twips(page.marginsMm.leftMm),
              right: twips(page.marginsMm.rightMm),
              header: twips(page.pageNumberFromTopMm),
              footer: twips(page.pageNumberFromTopMm),
            },
            pageNumbers: { start: 1 },
          },
        },
        headers: pageHeaders(format, draftMarker),
        children: [...headerBlock(header, format), ...bodyBlocks(blocks, format, revisions), ...signatureBlock(header, format)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

import { type DocumentHeader, type PartyDocumentFormat, recipientLines } from '@van-kien/schema';
import { Paragraph, type Table } from 'docx';
import { lineSpacing, styledLine } from './docxText.js';
import { twoColumnBlock } from './twoColumnBlock.js';

/**
 * The end of a Party document (DOMAIN.md §B): "Nơi nhận:", underlined, and the recipients on the
 * left; on the right the signer's capacity ("T/M CHI BỘ") and title ("BÍ THƯ"), room to sign,
 * and the name.
 */
export function signatureBlock(header: DocumentHeader, format: PartyDocumentFormat): (Paragraph | Table)[] {
  const { recipients, signature } = format;
  const left = [
    styledLine(format.texts.recipientsLabel, recipients.label, format, { align: 'left' }),
    ...recipientLines(header.recipients).map((text) => styledLine(text, recipients.item, format, { align: 'left' })),
  ];
  const right = [
    ...(header.signerCapacity ? [styledLine(header.signerCapacity, signature.capacity, format)] : []),
    ...(header.signerTitle ? [styledLine(header.signerTitle, signature.title, format)] : []),
    ...Array.from({ length: signature.blankLinesForSignature }, () => styledLine('', signature.name, format)),
    styledLine(header.signerName, signature.name, format),
  ];
  // A table has no space of its own above it: an empty paragraph gives it, kept with the table
  // (whose one row is never split), so that it never opens a page of its own.
  return [
    new Paragraph({ spacing: lineSpacing(1, format.spacing.beforeSignaturePt), keepNext: true }),
    twoColumnBlock([[left, right]], format),
  ];
}

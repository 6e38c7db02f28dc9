import { type DocumentHeader, numberAndSymbolText, type PartyDocumentFormat, placeAndDateText } from '@van-kien/schema';
import type { Paragraph, Table } from 'docx';
import { styledLine } from './docxText.js';
import { twoColumnBlock } from './twoColumnBlock.js';

/**
 * The header block of a Party document (DOMAIN.md §B): on the left the upper organization, the
 * issuing organization with its "*" and the number and symbol; on the right ĐẢNG CỘNG SẢN VIỆT
 * NAM, underlined, and the place and date in italics, level with the number. Then the document
 * kind and its summary, centred.
 */
export function headerBlock(header: DocumentHeader, format: PartyDocumentFormat): (Table | Paragraph)[] {
  const styles = format.header;
  const organizations = [
    ...(header.upperOrganization ? [styledLine(header.upperOrganization, styles.upperOrganization, format)] : []),
    styledLine(header.issuingOrganization, styles.issuingOrganization, format),
    styledLine(format.texts.star, styles.star, format),
  ];
  const table = twoColumnBlock(
    [
      [organizations, [styledLine(format.texts.partyName, styles.partyName, format)]],
      [
        [styledLine(numberAndSymbolText(header), styles.numberAndSymbol, format)],
        [styledLine(placeAndDateText(header), styles.placeAndDate, format)],
      ],
    ],
    format,
  );
  return [
    table,
    ...(header.documentKind
      ? [styledLine(header.documentKind, format.documentKind, format, { spaceBeforePt: format.spacing.beforeTitlePt })]
      : []),
    ...(header.summary
      ? [styledLine(header.summary, format.summary, format, { spaceBeforePt: header.documentKind ? 0 : format.spacing.beforeTitlePt })]
      : []),
    styledLine(format.texts.summaryRule, format.summary, format, { spaceBeforePt: 0 }),
  ];
}

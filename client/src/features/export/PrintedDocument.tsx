import {
  type DocumentHeader,
  numberAndSymbolText,
  type PartyDocumentFormat,
  type PrintableBlock,
  placeAndDateText,
  recipientLines,
  styledText,
} from '@van-kien/schema';
import { PrintBlocks } from './PrintBlocks.js';
import { type PrintStyleName, printStyles } from './printStylesheet.js';

interface PrintedDocumentProps {
  header: DocumentHeader;
  /** "DỰ THẢO (lần n)" at the top, or null once the document is adopted. */
  draftMarker: string | null;
  blocks: readonly PrintableBlock[];
  format: PartyDocumentFormat;
}

/**
 * A document laid out as the .docx is (DOMAIN.md §B): the header block, the document type and
 * summary, the text, the signature and the recipients, each line in its style of the format.
 */
export function PrintedDocument({ header, draftMarker, blocks, format }: PrintedDocumentProps) {
  const styles = printStyles(format);
  /** One line of the layout, in the case its style prints. */
  const line = (name: PrintStyleName, text: string, testId?: string) => (
    <p className="print-line" data-print-style={name} data-testid={testId}>
      {styledText(text, styles[name])}
    </p>
  );
  return (
    <article className="print-document" lang="vi" data-testid="print-document">
      {draftMarker && line('draftMarker', draftMarker, 'print-draft')}
      <div className="print-columns print-header" data-testid="print-header">
        <div className="print-column">
          {header.upperOrganization && line('upperOrganization', header.upperOrganization)}
          {line('issuingOrganization', header.issuingOrganization)}
          {line('star', format.texts.star)}
        </div>
        <div className="print-column">{line('partyName', format.texts.partyName)}</div>
        <div className="print-column">{line('numberAndSymbol', numberAndSymbolText(header))}</div>
        <div className="print-column">{line('placeAndDate', placeAndDateText(header))}</div>
      </div>
      <div className="print-title">
        {header.documentKind && line('documentKind', header.documentKind, 'print-kind')}
        {header.summary && line('summary', header.summary, 'print-summary')}
        {line('summary', format.texts.summaryRule)}
      </div>
      <PrintBlocks blocks={blocks} format={format} />
      <div className="print-columns print-signature" data-testid="print-signature">
        <div className="print-column print-column--start">
          {line('recipientsLabel', format.texts.recipientsLabel)}
          {recipientLines(header.recipients).map((recipient, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a text field, stateless print markup; it keeps no state or focus for a key to carry
            <p key={index} className="print-line" data-print-style="recipient">
              {recipient}
            </p>
          ))}
        </div>
        <div className="print-column">
          {header.signerCapacity && line('signerCapacity', header.signerCapacity)}
          {header.signerTitle && line('signerTitle', header.signerTitle)}
          <div className="print-signature__space" style={{ height: `${format.signature.blankLinesForSignature * 1.2}em` }} />
          {line('signerName', header.signerName)}
        </div>
      </div>
    </article>
  );
}

import type { PartyDocumentFormat } from '@van-kien/schema';
import { Header, PageNumber, TextRun } from 'docx';
import { line, styledLine } from './docxText.js';

/**
 * The page headers: from the second page on, the page number centred over the text (DOMAIN.md
 * §B); on the first page none, and the draft marker ("DỰ THẢO (lần n)") at the top right while the
 * document is a draft.
 */
export function pageHeaders(format: PartyDocumentFormat, draftMarker: string | null): { default: Header; first: Header } {
  const style = format.pageNumber;
  const pageNumber = new TextRun({
    children: [PageNumber.CURRENT],
    font: format.fontFamily,
    size: style.sizePt * 2,
    bold: style.bold,
    italics: style.italic,
  });
  return {
    default: new Header({ children: [line([pageNumber])] }),
    first: new Header({
      children: draftMarker ? [styledLine(draftMarker, format.header.draftMarker, format, { align: 'right' })] : [],
    }),
  };
}

import { type PartyDocumentFormat, partyDocumentFormat } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import { printStyles, printStylesheet } from './printStylesheet.js';

describe('the print stylesheet', () => {
  const css = printStylesheet(partyDocumentFormat);

  it('prints on A4 with the margins of the format, numbering pages from the second', () => {
    expect(css).toContain('@page { size: 210mm 297mm; margin: 25mm 15mm 25mm 35mm;');
    expect(css).toMatch(
      /@top-center \{ content: counter\(page\); vertical-align: top; padding-top: 10mm; font-family: 'Times New Roman', [^;]+; font-size: 14pt; \}/,
    );
    expect(css).toContain('@page :first { @top-center { content: none; } }');
  });

  it('gives every text style of the format its size, weight, slant and underline as variables', () => {
    expect(css).toContain(
      ".print-document [data-print-style='partyName'] { --print-size: 15pt; --print-weight: 700; --print-slant: normal; --print-decoration: underline; }",
    );
    expect(css).toContain(
      ".print-document [data-print-style='placeAndDate'] { --print-size: 14pt; --print-weight: 400; --print-slant: italic; --print-decoration: none; }",
    );
    expect(css).toContain(".print-document [data-print-style='heading-part'] { --print-align: center; }");
    expect(Object.keys(printStyles(partyDocumentFormat))).toHaveLength(24);
  });

  it('follows the format data when a value is corrected', () => {
    const corrected: PartyDocumentFormat = {
      ...partyDocumentFormat,
      page: { ...partyDocumentFormat.page, marginsMm: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } },
      body: { ...partyDocumentFormat.body, sizePt: 15 },
    };
    const correctedCss = printStylesheet(corrected);
    expect(correctedCss).toContain('margin: 20mm 15mm 20mm 30mm;');
    expect(correctedCss).toContain(".print-document [data-print-style='body'] { --print-size: 15pt;");
  });
});

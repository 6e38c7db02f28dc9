import { existsSync } from 'node:fs';
import { compareDocuments, documentFromTemplate, documentSchema, type JSONContent } from '@van-kien/schema';
import { findTemplate } from '@van-kien/templates';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { comparisonDocx } from './comparisonDocx.js';
import { chiBoHeader } from './testing/chiBoHeader.js';
import { libreOfficePdf, pdfText } from './testing/libreOffice.js';

const HEADER = chiBoHeader({
  documentKind: 'BÁO CÁO CHÍNH TRỊ',
  summary: 'của Chi ủy Chi bộ trình Đại hội Chi bộ Khu phố 3, nhiệm kỳ 2025-2027',
  recipients: ['Đảng ủy phường (để báo cáo)', 'Lưu Chi bộ'],
});

/** A draft of the chi bộ report: "Thuận lợi" with `text`, "Khó khăn" with `status`, one chỉ tiêu result. */
function draft(text: string, status: string, result: string) {
  const json = documentFromTemplate(findTemplate('bao-cao-chinh-tri-chi-bo')!, () => '');
  const fill = (node: JSONContent) => {
    const templateId = node.attrs?.templateSectionId as string | undefined;
    if (templateId) {
      node.attrs = { ...node.attrs, sectionId: `s-${templateId}`, ...(templateId === 'kho-khan' && { status }) };
      if (templateId === 'thuan-loi')
        node.content = [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...node.content!.filter((c) => c.type === 'section')];
    }
    if (node.type === 'targetRow' && node.attrs?.rowId === 'ket-nap-dang-vien')
      node.attrs = { ...node.attrs, target: '3', result3: result };
    node.content?.forEach(fill);
  };
  fill(json);
  return documentSchema().nodeFromJSON(json);
}

const older = draft('Chi bộ luôn nhận được sự quan tâm của Đảng ủy phường và sự đồng thuận của nhân dân.', 'dang-soan', '2');
const newer = draft('Chi bộ luôn nhận được sự quan tâm sâu sát của Đảng ủy phường và sự đồng thuận.', 'cho-duyet', '4');

function exportComparison(): Promise<Buffer> {
  return comparisonDocx({
    title: 'Báo cáo chính trị',
    header: HEADER,
    draftMarker: 'DỰ THẢO (lần 2)',
    comparison: compareDocuments(older, newer),
    author: 'Nguyễn Văn An',
    date: new Date('2025-05-20T08:30:00.000Z'),
    olderLabel: 'Dự thảo lần 1',
    newerLabel: 'Dự thảo lần 2',
  });
}

/** The texts inside each `w:ins` and each `w:del` of the body, in order. */
async function trackedTexts(docx: Buffer) {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const texts = (element: string, textTag: string) =>
    [...xml.matchAll(new RegExp(`<${element} [^>]*>(.*?)</${element}>`, 'g'))].map(([, inner]) =>
      [...inner!.matchAll(new RegExp(`<${textTag}[^>]*>([^<]*)</${textTag}>`, 'g'))].map(([, text]) => text).join(''),
    );
  const attributes = [...xml.matchAll(/<w:(?:ins|del) ([^>]*)>/g)].map(([, attrs]) => attrs!);
  return { inserted: texts('w:ins', 'w:t'), deleted: texts('w:del', 'w:delText'), attributes, xml };
}

describe('the comparison .docx (bản so sánh)', () => {
  it('tracks exactly the inserted words as w:ins and the deleted ones as w:del, with author, date and unique ids', async () => {
    const { inserted, deleted, attributes, xml } = await trackedTexts(await exportComparison());
    // The row is in both chỉ tiêu tables; the next term's shows no results and has nothing to assess, so no count.
    const trimmed = (texts: string[]) => texts.map((text) => text.trim()).filter((text) => text !== '');
    expect(trimmed(inserted)).toEqual(['sâu sát', '4', 'Vượt', 'Đạt 1/1 chỉ tiêu']);
    expect(trimmed(deleted)).toEqual(['của nhân dân', '2', 'Không đạt', 'Đạt 0/1 chỉ tiêu']);
    expect(attributes.every((attrs) => attrs.includes('w:author="Nguyễn Văn An"') && attrs.includes('w:date="2025-05-20T08:30:00Z"'))).toBe(
      true,
    );
    const ids = attributes.map((attrs) => /w:id="(\d+)"/.exec(attrs)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain('Bản so sánh Dự thảo lần 1 và Dự thảo lần 2');
    expect(xml).toContain('(Trạng thái: Đang soạn → Chờ duyệt)');
  });

  it('opens in LibreOffice with both versions’ words on the page', { timeout: 90_000 }, async () => {
    const pdf = await libreOfficePdf(await exportComparison(), 'ban-so-sanh.docx');
    expect(existsSync(pdf)).toBe(true);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Bản so sánh Dự thảo lần 1 và Dự thảo lần 2');
    expect(text).toContain('sâu sát');
    expect(text).toContain('của nhân dân');
    expect(text).toContain('Đang soạn → Chờ duyệt');
  });
});

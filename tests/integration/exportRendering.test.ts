import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { partyDocumentFormat } from '@van-kien/schema';
import { builtInTemplates, numberSections, type Section, type Template, type TemplateScope } from '@van-kien/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { libreOfficePdfs } from '../../server/src/export/testing/libreOffice.js';
import { allSections, sectionsByTemplateId } from '../support/draftContent.js';
import { inkBox, overlappingWords, type PdfLine, type PdfPage, pdfFontNames, pdfLines, pdfPages } from '../support/pdfWords.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { WardFixture } from '../support/ward.js';

/**
 * The exported .docx of every built-in template, filled as a secretary would fill it, opened by
 * LibreOffice headless and read back word by word (`pdftotext -bbox`): nothing overlaps, nothing
 * runs off the text area, the page is A4, the pages are numbered from the second, and the header,
 * title, first heading and signature stand where HD 36 puts them (DOMAIN.md §B). The same for the
 * bản so sánh. LibreOffice is what most wards open files with, and the stricter reader of line
 * spacing; Word is not available to a test.
 *
 * Set VK_RENDER_DIR to keep the PDFs there, to look at them (pdftoppm -png -r 50).
 */

const format = partyDocumentFormat;
const POINTS_PER_MM = 72 / 25.4;
const page = {
  width: format.page.widthMm * POINTS_PER_MM,
  height: format.page.heightMm * POINTS_PER_MM,
  left: format.page.marginsMm.leftMm * POINTS_PER_MM,
  right: (format.page.widthMm - format.page.marginsMm.rightMm) * POINTS_PER_MM,
  top: format.page.marginsMm.topMm * POINTS_PER_MM,
  bottom: (format.page.heightMm - format.page.marginsMm.bottomMm) * POINTS_PER_MM,
};
const textCentre = (page.left + page.right) / 2;
/** Where the header's and the signature's left column ends and the right one begins. */
const columnSplit = page.left + ((page.right - page.left) * format.leftColumnPercent) / 100;
const leftCentre = (page.left + columnSplit) / 2;
const rightCentre = (columnSplit + page.right) / 2;
/** How far a centred line may stray from its centre: rounding, and a justified space or two. */
const CENTRED = 2.5;

const WARD = 'Đảng ủy phường Ô Chợ Dừa';
/** A long name, as some chi bộ have: the header's left column has to wrap it. */
const CHI_BO = 'Chi bộ khu dân cư số 12 – tổ dân phố Hoàng Cầu, Trung Liệt và Đông Các';
const FRONT = 'Ủy ban MTTQ phường Ô Chợ Dừa';

/** Sentences of a chi bộ report, from which each section's text is made. */
const SENTENCES = [
  'Chi bộ đã bám sát sự lãnh đạo, chỉ đạo của Đảng ủy phường, cụ thể hóa kịp thời các nghị quyết, chỉ thị của cấp trên bằng chương trình công tác toàn khóa và kế hoạch hằng năm.',
  'Công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước được triển khai thường xuyên, với nhiều hình thức phù hợp với từng đối tượng.',
  'Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được duy trì, số hộ gia đình đạt danh hiệu "Gia đình văn hóa" năm sau cao hơn năm trước.',
  'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững; không để xảy ra vụ việc phức tạp, kéo dài, vượt cấp.',
  'Việc quản lý trật tự xây dựng, vệ sinh môi trường, lòng đường, vỉa hè có chuyển biến tích cực, nhất là trên các tuyến ngõ Hoàng Cầu, Trung Liệt và Đông Các.',
  'Sinh hoạt chi bộ được duy trì nền nếp, nội dung sinh hoạt có trọng tâm, trọng điểm; tinh thần tự phê bình và phê bình được phát huy, dân chủ trong Đảng được mở rộng.',
  'Tuy vậy, một số đảng viên cao tuổi chưa tham gia đầy đủ sinh hoạt; việc nắm bắt tâm tư, nguyện vọng của nhân dân có lúc chưa kịp thời.',
  'Nguyên nhân chủ quan là chi ủy chưa thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ được phân công của một số đảng viên và tổ chức đoàn thể.',
  'Trong nhiệm kỳ tới, Chi bộ tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu, xây dựng Chi bộ trong sạch, vững mạnh, gắn bó mật thiết với nhân dân.',
  'Các chi hội đoàn thể đã phối hợp chặt chẽ với Ban công tác Mặt trận, tổ chức tốt các phong trào thi đua yêu nước, chăm lo gia đình chính sách, hộ có hoàn cảnh khó khăn.',
  'Kết quả thu các loại quỹ vận động, quỹ "Vì người nghèo", quỹ đền ơn đáp nghĩa đều đạt và vượt chỉ tiêu được giao, thể hiện sự đồng thuận cao của nhân dân.',
  'Chi bộ đã giới thiệu và kết nạp được ba đảng viên mới, đều là quần chúng ưu tú trong các chi hội đoàn thể, góp phần trẻ hóa đội ngũ đảng viên.',
];

/** A paragraph of `count` sentences, starting at sentence `seed`. */
function paragraphText(seed: number, count = 4): string {
  return Array.from({ length: count }, (_, i) => SENTENCES[(seed + i) % SENTENCES.length]).join(' ');
}

/** The title of a section a ward adds to its document: long enough to wrap. */
const LONG_TITLE =
  'Lãnh đạo thực hiện chuyển đổi số, cải cách hành chính, gắn với việc nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên';
const DEEPER: Record<Section['numbering'], Section['numbering']> = {
  part: 'roman',
  roman: 'arabic',
  arabic: 'letter',
  letter: 'none',
  none: 'none',
};
/** Paragraphs of the section that runs over three pages. */
const LONG_SECTION_PARAGRAPHS = 24;

/** The numbered section whose text runs over three pages: the first I. or 1. with text of its own. */
const longSection = (template: Template): Section | undefined =>
  allSections(template).find((s) => s.body.kind === 'prose' && (s.numbering === 'roman' || s.numbering === 'arabic')) ??
  allSections(template).find((s) => s.body.kind === 'prose');

function paragraphElement(text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

/** A plain table as a Word draft brings one: a header row, then rows of a short and a long cell and a figure. */
function plainTableElement(): Y.XmlElement {
  const row = (cellType: string, texts: string[]) => {
    const element = new Y.XmlElement('tableRow');
    element.insert(
      0,
      texts.map((text) => {
        const cell = new Y.XmlElement(cellType);
        cell.insert(0, [paragraphElement(text)]);
        return cell;
      }),
    );
    return element;
  };
  const table = new Y.XmlElement('table');
  table.insert(0, [
    row('tableHeader', ['TT', 'Nội dung công tác', 'Kết quả']),
    ...SENTENCES.slice(0, 3).map((sentence, index) => row('tableCell', [String(index + 1), sentence, `${90 + index}%`])),
  ]);
  return table;
}

/**
 * Fills every section of a document made from `template` as a secretary would: two paragraphs of
 * text each, three pages, a bulleted list and a plain table in one, figures in every chỉ tiêu row; and adds
 * under the long one a section of its own with a long title (a template's titles are fixed).
 */
function fillRealistically(doc: Y.Doc, template: Template): void {
  const sections = sectionsByTemplateId(doc);
  const long = longSection(template);
  allSections(template).forEach((section, index) => {
    const element = sections.get(section.id)!;
    const body = element.get(0) as Y.XmlElement;
    if (section.body.kind === 'targets') {
      const hasTarget = section.body.columns.some((column) => column.kind === 'target');
      (body.toArray() as Y.XmlElement[]).forEach((row, rowIndex) => {
        row.setAttribute('nextTarget', rowIndex % 2 ? '≥ 90' : '100');
        if (!hasTarget) return;
        row.setAttribute('target', rowIndex % 2 ? '≥ 85' : '100');
        for (const [year, result] of ['95', '100', rowIndex % 3 ? '100' : '80'].entries()) row.setAttribute(`result${year + 1}`, result);
      });
      return;
    }
    body.insert(0, [new Y.XmlText(paragraphText(index))]);
    const more = [paragraphElement(paragraphText(index + 5, 3))];
    if (section === long) {
      for (let i = 0; i < LONG_SECTION_PARAGRAPHS; i++) more.push(paragraphElement(paragraphText(index + i, 3)));
      const list = new Y.XmlElement('bulletList');
      list.insert(
        0,
        SENTENCES.slice(0, 3).map((sentence) => {
          const item = new Y.XmlElement('listItem');
          item.insert(0, [paragraphElement(sentence)]);
          return item;
        }),
      );
      more.push(list, plainTableElement(), paragraphElement(paragraphText(index + 3, 2)));
      const added = new Y.XmlElement('section');
      added.setAttribute('sectionId', 'them-muc-chuyen-doi-so');
      added.setAttribute('numbering', section.children[0]?.numbering ?? DEEPER[section.numbering]);
      added.setAttribute('title', LONG_TITLE);
      added.setAttribute('guidance', '');
      added.setAttribute('required', false as unknown as string);
      added.setAttribute('status', 'dang-soan');
      added.insert(0, [paragraphElement(paragraphText(index + 2)), paragraphElement(paragraphText(index + 7, 3))]);
      element.insert(element.length, [added]);
    }
    element.insert(1, more);
  });
}

/** The first line of `section`'s heading as printed: "PHẦN THỨ NHẤT", "I. KẾT QUẢ…", "1. Kinh tế…". */
function printedHeadingStart(template: Template, section: Section): string {
  const label = numberSections(template.sections).get(section.id) ?? '';
  if (section.numbering === 'part') return label;
  const title = section.numbering === 'roman' ? section.title.toLocaleUpperCase('vi') : section.title;
  return label ? `${label} ${title}` : title;
}

const centre = (line: Pick<PdfLine, 'xMin' | 'xMax'>) => (line.xMin + line.xMax) / 2;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** The line of `lines` whose words begin with `text`'s first words. */
const lineStarting = (lines: readonly PdfLine[], text: string, count = 3) => {
  const start = words(text).slice(0, count).join(' ');
  return lines.find((line) => line.text.startsWith(start));
};

/** Part of a line: its words left or right of the header's and signature's column split. */
function side(line: PdfLine, which: 'left' | 'right'): PdfLine | undefined {
  const chosen = line.words.filter((word) => (which === 'left' ? word.xMax <= columnSplit : word.xMin >= columnSplit));
  if (chosen.length === 0) return undefined;
  return {
    text: chosen.map((word) => word.text).join(' '),
    words: chosen,
    xMin: Math.min(...chosen.map((w) => w.xMin)),
    xMax: Math.max(...chosen.map((w) => w.xMax)),
    yMin: Math.min(...chosen.map((w) => w.yMin)),
    yMax: Math.max(...chosen.map((w) => w.yMax)),
  };
}

interface RenderedCase {
  name: string;
  /** The header's two organization lines as printed, the document kind, the signer's lines. */
  upper: string;
  issuing: string;
  documentKind: string;
  signer: string[];
  /** The first heading's first printed line and its numbering; none for the comparison. */
  firstHeading?: { text: string; numbering: Section['numbering'] };
  pdf?: string;
}

/** The checks every rendered Party document passes; `what` names it in failures. */
function expectPartyLayout(pages: PdfPage[], expected: RenderedCase): void {
  const what = expected.name;
  expect(pages.length, what).toBeGreaterThan(1);
  for (const rendered of pages) {
    const where = `${what}, page ${rendered.number}`;
    // A4.
    expect(Math.abs(rendered.width - page.width), where).toBeLessThanOrEqual(1);
    expect(Math.abs(rendered.height - page.height), where).toBeLessThanOrEqual(1);
    // No two words on top of each other: lines pitched for their text, cells wide enough.
    expect(
      // The first few are enough to see what collides.
      overlappingWords(rendered)
        .slice(0, 12)
        .map(([a, b]) => `"${a.text}" (${a.yMin.toFixed(1)}) × "${b.text}" (${b.yMin.toFixed(1)})`),
      where,
    ).toEqual([]);
    // The text stays within the margins, the page number and the draft marker above the top one.
    const outside = rendered.words
      .map(inkBox)
      .filter((word) => word.xMin < page.left - 1 || word.xMax > page.right + 1 || word.yMax > page.bottom + 1 || word.yMin < 0);
    expect(
      outside.map((word) => `${word.text} (${word.xMin.toFixed(1)}-${word.xMax.toFixed(1)}, ${word.yMax.toFixed(1)})`),
      where,
    ).toEqual([]);
    // Page numbers from page 2 (DOMAIN.md §B): centred over the text, 10 mm from the top edge.
    const aboveText = rendered.words.filter((word) => word.yMax <= page.top + 1);
    const numbers = aboveText.filter((word) => /^\d+$/.test(word.text));
    if (rendered.number === 1) {
      expect(
        numbers.map((word) => word.text),
        where,
      ).toEqual([]);
    } else {
      expect(
        aboveText.map((word) => word.text),
        where,
      ).toEqual([String(rendered.number)]);
      const [pageNumber] = numbers;
      expect(Math.abs(centre(pageNumber!) - textCentre), where).toBeLessThanOrEqual(CENTRED);
      expect(pageNumber!.yMin, where).toBeGreaterThan(format.page.pageNumberFromTopMm * POINTS_PER_MM - 2);
      expect(pageNumber!.yMin, where).toBeLessThan(page.top);
    }
  }

  // The header block on page 1 (DOMAIN.md §B): the organizations centred in the left column, ĐẢNG
  // CỘNG SẢN VIỆT NAM centred in the right one, then the document kind centred over the text.
  const first = pdfLines(pages[0]!).filter((line) => line.yMin >= page.top - 1);
  const kindIndex = first.findIndex((line) => line.text === expected.documentKind);
  expect(kindIndex, `${what}: the document kind "${expected.documentKind}" on a line of its own`).toBeGreaterThan(0);
  const kind = first[kindIndex]!;
  expect(Math.abs(centre(kind) - textCentre), `${what}: the document kind centred`).toBeLessThanOrEqual(CENTRED);
  const headerLines = first.slice(0, kindIndex);
  const left = headerLines.flatMap((line) => side(line, 'left') ?? []);
  const right = headerLines.flatMap((line) => side(line, 'right') ?? []);
  expect(
    headerLines.flatMap((line) => line.words.filter((word) => word.xMin < columnSplit && word.xMax > columnSplit).map((w) => w.text)),
    `${what}: no header word across the columns`,
  ).toEqual([]);
  const leftText = left.map((line) => line.text).join(' ');
  const organizations = `${expected.upper} ${expected.issuing} *`.trim();
  expect(leftText.startsWith(organizations), `${what}: left column "${leftText}"`).toBe(true);
  const organizationLines = left.slice(0, left.findIndex((line) => line.text === '*') + 1);
  for (const line of organizationLines) {
    expect(Math.abs(centre(line) - leftCentre), `${what}: "${line.text}" centred in the left column`).toBeLessThanOrEqual(CENTRED);
  }
  expect(right[0]?.text, `${what}: the right column's first line`).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(Math.abs(centre(right[0]!) - rightCentre), `${what}: the party's name centred in the right column`).toBeLessThanOrEqual(CENTRED);
  // The upper organization and the party's name open the block, level with each other.
  if (expected.upper) expect(Math.abs(left[0]!.yMin - right[0]!.yMin), `${what}: first header lines level`).toBeLessThanOrEqual(2);
  // The place and date in the right column, in italics under the party's name, on one line.
  expect(
    right.slice(1).map((line) => line.text),
    `${what}: the place and date`,
  ).toEqual([expect.stringMatching(/^Ô Chợ Dừa, ngày \d{2} tháng \d{2} năm \d{4}$/)]);

  // The first heading: PHẦN THỨ … centred, the others from the first-line indent.
  const allLines = pages.flatMap((rendered) => pdfLines(rendered));
  if (expected.firstHeading) {
    const heading = lineStarting(allLines, expected.firstHeading.text);
    expect(heading, `${what}: the first heading "${expected.firstHeading.text}"`).toBeDefined();
    if (expected.firstHeading.numbering === 'part') {
      expect(Math.abs(centre(heading!) - textCentre), `${what}: the part's label centred`).toBeLessThanOrEqual(CENTRED);
    } else {
      const indent = format.body.firstLineIndentMm * POINTS_PER_MM;
      expect(Math.abs(heading!.xMin - (page.left + indent)), `${what}: the first heading at the indent`).toBeLessThanOrEqual(1.5);
    }
  }

  // The signature (DOMAIN.md §B): who signs, centred in the right column; Nơi nhận at the left margin.
  const signerPages = new Set<number>();
  const signerLines = expected.signer.map((text) => {
    const rendered = pages.find((p) => pdfLines(p).some((line) => side(line, 'right')?.text === text));
    if (rendered) signerPages.add(rendered.number);
    const found =
      rendered &&
      pdfLines(rendered)
        .map((line) => side(line, 'right'))
        .find((line) => line?.text === text);
    expect(found, `${what}: the signer's line "${text}"`).toBeDefined();
    expect(Math.abs(centre(found!) - rightCentre), `${what}: "${text}" centred in the right column`).toBeLessThanOrEqual(CENTRED);
    return found!;
  });
  // On one page, in order, one under the other.
  expect([...signerPages], `${what}: the signature on one page`).toHaveLength(1);
  for (let i = 1; i < signerLines.length; i++) expect(signerLines[i]!.yMin, what).toBeGreaterThan(signerLines[i - 1]!.yMin + 10);
  const signaturePage = pages.find((p) => p.number === [...signerPages][0])!;
  const signaturePageLines = pdfLines(signaturePage).filter((line) => line.yMin >= page.top - 1);
  const recipients = signaturePageLines.find((line) => line.text.startsWith('Nơi nhận:'));
  expect(recipients, `${what}: Nơi nhận beside the signature`).toBeDefined();
  expect(Math.abs(recipients!.xMin - page.left), `${what}: Nơi nhận at the left margin`).toBeLessThanOrEqual(1.5);
  // Never a signature on a page without a line of the text above it.
  expect(
    signaturePageLines.some((line) => line.yMax < recipients!.yMin),
    `${what}: text above the signature on page ${signaturePage.number}`,
  ).toBe(true);
}

describe('the exported .docx as LibreOffice lays it out', () => {
  let server: TestServer;
  const cases: RenderedCase[] = [];
  const pagesOf = new Map<string, PdfPage[]>();
  const organizations = {} as Record<TemplateScope, { id: string; upper: string; issuing: string; signer: string[] }>;

  const createFrom = async (template: Template) => {
    const response = await api(server, '/api/documents', {
      method: 'POST',
      body: JSON.stringify({
        templateId: template.id,
        organizationId: organizations[template.scope].id,
        fields: {
          chiBo: 'khu dân cư số 12',
          ward: 'Ô Chợ Dừa',
          term: '2025-2027',
          previousTerm: '2023-2025',
          organization: 'Ủy ban MTTQ phường',
          draft: 'Báo cáo chính trị',
        },
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const change = async (documentId: string, edit: (doc: Y.Doc) => void) => {
    const client = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    client.hello();
    await client.sync();
    client.edit(edit);
    await client.allSaved();
    client.close();
  };
  const download = async (path: string) => {
    const response = await api(server, path);
    expect(response.status, path).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    server = await startTestServer();
    const ward = new WardFixture(server);
    const district = await ward.organization('Quận ủy Đống Đa', 'cap_tren');
    const wardId = await ward.organization(WARD, 'dang_uy', district);
    const chiBo = await ward.organization(CHI_BO, 'chi_bo', wardId);
    const front = await ward.organization(FRONT, 'mttq', wardId);
    await ward.person('bithu.danguy', 'Nguyễn Văn Hòa', [[wardId, 'head']]);
    await ward.person('bithu.cb12', 'Trần Văn Minh', [[chiBo, 'head']]);
    await ward.person('chutich.mttq', 'Hoàng Văn Sơn', [[front, 'head']]);
    const upper = (text: string) => text.toLocaleUpperCase('vi');
    organizations.ward = {
      id: wardId,
      upper: 'ĐẢNG BỘ QUẬN ĐỐNG ĐA',
      issuing: upper(WARD),
      signer: ['T/M ĐẢNG ỦY', 'BÍ THƯ', 'Nguyễn Văn Hòa'],
    };
    organizations.chi_bo = {
      id: chiBo,
      upper: 'ĐẢNG BỘ PHƯỜNG Ô CHỢ DỪA',
      issuing: upper(CHI_BO),
      signer: ['T/M CHI BỘ', 'BÍ THƯ', 'Trần Văn Minh'],
    };
    organizations.mass_organization = {
      id: front,
      upper: upper(WARD),
      issuing: upper(FRONT),
      signer: ['T/M BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Hoàng Văn Sơn'],
    };

    const files: { name: string; docx: Buffer }[] = [];
    for (const template of builtInTemplates()) {
      const id = await createFrom(template);
      await change(id, (doc) => fillRealistically(doc, template));
      const first = allSections(template)[0]!;
      const organization = organizations[template.scope];
      cases.push({
        name: template.id,
        upper: organization.upper,
        issuing: organization.issuing,
        documentKind: template.documentType,
        signer: organization.signer,
        firstHeading: { text: printedHeadingStart(template, first), numbering: first.numbering },
      });
      files.push({ name: `${template.id}.docx`, docx: await download(`/api/documents/${id}/export.docx`) });
      if (template.id !== 'bao-cao-chinh-tri-chi-bo') continue;
      // The bản so sánh of two drafts of the chi bộ's report: a sentence rewritten, a result changed.
      const freeze = async () => {
        const response = await api(server, `/api/documents/${id}/versions`, { method: 'POST', body: '{}' });
        expect(response.status).toBe(201);
        return ((await response.json()) as { number: number }).number;
      };
      const older = await freeze();
      await change(id, (doc) => {
        const section = sectionsByTemplateId(doc).get(longSection(template)!.id)!;
        const text = (section.get(0) as Y.XmlElement).get(0) as Y.XmlText;
        text.delete(0, 'Chi bộ đã bám sát'.length);
        text.insert(0, 'Chi ủy, Chi bộ luôn bám sát và kịp thời quán triệt');
        const table = sectionsByTemplateId(doc).get(allSections(template).find((s) => s.body.kind === 'targets')!.id)!;
        ((table.get(0) as Y.XmlElement).get(0) as Y.XmlElement).setAttribute('result3', '100');
      });
      const newer = await freeze();
      cases.push({ ...cases.at(-1)!, name: 'ban-so-sanh', firstHeading: undefined });
      files.push({ name: 'ban-so-sanh.docx', docx: await download(`/api/documents/${id}/compare.docx?from=${older}&to=${newer}`) });
    }

    // One LibreOffice run for all: its start is most of the time.
    const pdfs = await libreOfficePdfs(files);
    const keep = process.env.VK_RENDER_DIR;
    if (keep) mkdirSync(keep, { recursive: true });
    for (const [index, pdf] of pdfs.entries()) {
      const rendered = cases.find((c) => `${c.name}.pdf` === basename(pdf))!;
      rendered.pdf = pdf;
      pagesOf.set(rendered.name, await pdfPages(pdf));
      if (keep) copyFileSync(pdf, join(keep, `${basename(files[index]!.name, '.docx')}.pdf`));
    }
  }, 180_000);
  afterAll(async () => {
    await server?.dispose();
  });

  const names = [...builtInTemplates().map((t) => t.id), 'ban-so-sanh'];
  it.each(names)('%s: A4, nothing overlaps or runs off, numbered from page 2, header, title, heading and signature in place', (name) => {
    const rendered = cases.find((c) => c.name === name)!;
    expectPartyLayout(pagesOf.get(name)!, rendered);
  });

  it('sets every word in Times New Roman or its metric twin, with no other font for the Vietnamese letters', async () => {
    // Liberation Serif 1.x has no "Ả" or "Ộ": LibreOffice then sets them in DejaVu, taller and wider,
    // and the checks above would measure another layout than Word's (CI installs fonts-liberation2).
    for (const rendered of cases) {
      const fonts = await pdfFontNames(rendered.pdf!);
      expect(
        fonts.filter((font) => !/^(LiberationSerif|TimesNewRoman)/.test(font)),
        rendered.name,
      ).toEqual([]);
    }
  });

  it('prints the bản so sánh with both versions’ words', () => {
    const text = pagesOf
      .get('ban-so-sanh')!
      .flatMap((rendered) => rendered.words.map((word) => word.text))
      .join(' ');
    expect(text).toContain('Bản so sánh');
    expect(text).toContain('kịp thời quán triệt');
    expect(text).toContain('bám sát');
  });

  it('runs the long section of the chi bộ report over three pages', () => {
    // The fixture is what the checks are worth: a section that breaks across pages, tables split by pages.
    expect(pagesOf.get('bao-cao-chinh-tri-chi-bo')!.length).toBeGreaterThanOrEqual(6);
  });
});

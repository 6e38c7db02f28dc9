import { builtInTemplates, numberSections, type Section, type Template, type TemplateScope } from '@van-kien/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocxFile, type DocxParagraph, type DocxRun, type DocxTable } from '../support/docxReader.js';
import { allSections, sectionsByTemplateId } from '../support/draftContent.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FONT = 'Times New Roman';
/** A4 and the margins of DOMAIN.md §B (25/25/35/15 mm; page number 10 mm from the top), in twips. */
const A4 = { widthTwips: 11906, heightTwips: 16838 };
const MARGINS = { top: 1417, bottom: 1417, left: 1984, right: 850, header: 567 };

/** The text each section is filled with, and what the chỉ tiêu rows get (the first two; the rest stay blank). */
const contentOf = (section: Section) => `Nội dung của mục ${section.id}.`;
const ROW_VALUES = [
  { target: '100', results: ['95', '100'], nextTarget: '100', verdict: 'Đạt' },
  { target: '50', results: ['45', '40'], nextTarget: '60', verdict: 'Không đạt' },
];

/** Fills every section of a document made from `template`: a paragraph of text, or its chỉ tiêu table; "đạt x/y chỉ tiêu" before the first table. */
function fillFixture(doc: Y.Doc, template: Template): void {
  const sections = sectionsByTemplateId(doc);
  let summaryWritten = false;
  for (const section of allSections(template)) {
    const element = sections.get(section.id)!;
    const body = element.get(0) as Y.XmlElement;
    if (section.body.kind === 'prose') {
      body.insert(0, [new Y.XmlText(contentOf(section))]);
      continue;
    }
    const hasTarget = section.body.columns.some((column) => column.kind === 'target');
    (body.toArray() as Y.XmlElement[]).slice(0, ROW_VALUES.length).forEach((row, index) => {
      const values = ROW_VALUES[index]!;
      row.setAttribute('nextTarget', values.nextTarget);
      if (!hasTarget) return;
      row.setAttribute('target', values.target);
      for (const [year, result] of values.results.entries()) row.setAttribute(`result${year + 1}`, result);
    });
    if (hasTarget && !summaryWritten) {
      summaryWritten = true;
      const paragraph = new Y.XmlElement('paragraph');
      element.insert(0, [paragraph]);
      const summary = new Y.XmlElement('targetSummary');
      paragraph.insert(0, [new Y.XmlText('Chi bộ '), summary, new Y.XmlText(' đề ra.')]);
      summary.setAttribute('tableId', section.id);
    }
  }
}

/** The rows a chỉ tiêu table of `section` should print, computed cells included. */
function expectedTableRows(section: Section): string[][] {
  if (section.body.kind !== 'targets') throw new Error('not a table');
  const { columns, rows } = section.body;
  const hasTarget = columns.some((column) => column.kind === 'target');
  return rows.map((row, index) => {
    const values = ROW_VALUES[index];
    let year = 0;
    // A named function: TypeScript checks that the switch covers every kind of column.
    const cellText = (column: (typeof columns)[number]): string => {
      switch (column.kind) {
        case 'index':
          return String(index + 1);
        case 'text':
          return row.label;
        case 'unit':
          return row.unit;
        case 'target':
          return hasTarget ? (values?.target ?? '') : '';
        case 'result':
          return values?.results[year++] ?? '';
        case 'assessment':
          return values?.verdict ?? 'chưa đánh giá';
        case 'next-target':
          return values?.nextTarget ?? '';
      }
    };
    return columns.map(cellText);
  });
}

const upper = (text: string) => text.toLocaleUpperCase('vi');
const only = (paragraph: DocxParagraph | undefined): DocxRun => {
  expect(paragraph?.runs).toHaveLength(1);
  return paragraph!.runs[0]!;
};
const styleOf = ({ font, sizePt, bold, italic, underline }: DocxRun) => ({ font, sizePt, bold, italic, underline });
const set = (sizePt: number, options: { bold?: boolean; italic?: boolean; underline?: boolean } = {}) => ({
  font: FONT,
  sizePt,
  bold: options.bold ?? false,
  italic: options.italic ?? false,
  underline: options.underline ?? false,
});

describe('a document exported to .docx in the Party document format', () => {
  let server: TestServer;
  let ward: WardFixture;
  let reader: SignedInUser;
  let outsider: SignedInUser;
  const organizations = {} as Record<
    TemplateScope,
    { id: string; name: string; upper: string; head: string; capacity: string; title: string; recipients: string[]; symbol: string }
  >;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    const wardId = await ward.organization('Đảng ủy phường Ô Chợ Dừa', 'dang_uy');
    const chiBo = await ward.organization('Chi bộ khu dân cư số 1', 'chi_bo', wardId);
    const front = await ward.organization('Ủy ban MTTQ phường Ô Chợ Dừa', 'mttq', wardId);
    await ward.person('bithu.danguy', 'Nguyễn Văn Hòa', [[wardId, 'head']]);
    await ward.person('bithu.cb1', 'Trần Văn Minh', [[chiBo, 'head']]);
    await ward.person('chutich.mttq', 'Hoàng Văn Sơn', [[front, 'head']]);
    reader = await ward.person('doc.gia', 'Lê Văn Đọc');
    outsider = await ward.person('nguoi.ngoai', 'Người Ngoài');
    organizations.ward = {
      id: wardId,
      name: 'Đảng ủy phường Ô Chợ Dừa',
      upper: '',
      head: 'Nguyễn Văn Hòa',
      capacity: 'T/M ĐẢNG ỦY',
      title: 'BÍ THƯ',
      recipients: ['- Lưu Đảng ủy.'],
      symbol: 'ĐU',
    };
    organizations.chi_bo = {
      id: chiBo,
      name: 'Chi bộ khu dân cư số 1',
      upper: 'ĐẢNG BỘ PHƯỜNG Ô CHỢ DỪA',
      head: 'Trần Văn Minh',
      capacity: 'T/M CHI BỘ',
      title: 'BÍ THƯ',
      recipients: ['- Đảng ủy phường Ô Chợ Dừa (để báo cáo);', '- Lưu Chi bộ.'],
      symbol: 'CB',
    };
    organizations.mass_organization = {
      id: front,
      name: 'Ủy ban MTTQ phường Ô Chợ Dừa',
      upper: 'ĐẢNG ỦY PHƯỜNG Ô CHỢ DỪA',
      head: 'Hoàng Văn Sơn',
      capacity: 'T/M BAN THƯỜNG TRỰC',
      title: 'CHỦ TỊCH',
      recipients: ['- Đảng ủy phường Ô Chợ Dừa (để báo cáo);', '- Lưu Ban Thường trực.'],
      symbol: '',
    };
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** A document from `template` for the organization of its scope, created by the administrator; returns its id and title. */
  const createFrom = async (template: Template) => {
    const response = await api(server, '/api/documents', {
      method: 'POST',
      body: JSON.stringify({
        templateId: template.id,
        organizationId: organizations[template.scope].id,
        fields: {
          chiBo: 'khu dân cư số 1',
          ward: 'Ô Chợ Dừa',
          term: '2025-2027',
          previousTerm: '2023-2025',
          organization: 'Ủy ban MTTQ phường',
          draft: 'Báo cáo chính trị',
        },
      }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; title: string };
  };

  /** Makes one change to the stored document over a real sync connection, and waits until it is saved. */
  const change = async (documentId: string, edit: (doc: Y.Doc) => void) => {
    const client = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    client.hello();
    await client.sync();
    client.edit(edit);
    await client.allSaved();
    client.close();
  };

  const exportOf = async (documentId: string, user?: SignedInUser) => {
    const response = user
      ? await asUser(server, user, `/api/documents/${documentId}/export.docx`)
      : await api(server, `/api/documents/${documentId}/export.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX_TYPE);
    return { response, docx: await DocxFile.read(await response.arrayBuffer()) };
  };

  it.each(builtInTemplates().map((t) => [t.id, t] as const))(
    '%s: A4 page, header block, numbered headings, tables, signature, no guidance',
    async (_id, template) => {
      const organization = organizations[template.scope];
      const { id } = await createFrom(template);
      await change(id, (doc) => fillFixture(doc, template));
      const { docx } = await exportOf(id);

      // The page: A4, the margins, page numbers from page 2 (a first page of its own).
      expect(docx.page()).toEqual({ ...A4, margins: MARGINS, titlePage: true });
      const firstPageHeader = docx.header('first')!;
      const pageHeader = docx.header('default')!;
      expect(firstPageHeader.flatMap((p) => p.fields)).toEqual([]);
      expect(pageHeader.map((p) => ({ fields: p.fields, align: p.align }))).toEqual([{ fields: ['PAGE'], align: 'center' }]);
      // A new document is heading for its first draft.
      expect(firstPageHeader.map((p) => p.text)).toEqual(['DỰ THẢO (lần 1)']);

      // The header block: a borderless two-column table first.
      const blocks = docx.blocks();
      const first = blocks[0];
      const headerTable = first?.kind === 'table' ? first.table : undefined;
      expect(headerTable?.borderless).toBe(true);
      const [[left, right], [numberCell, dateCell]] = headerTable!.rows as [DocxTable['rows'][0], DocxTable['rows'][0]];
      const leftLines = left!.paragraphs;
      const [upperLine, issuingLine, starLine] = organization.upper ? leftLines : [undefined, ...leftLines];
      if (organization.upper)
        expect({ text: upperLine!.text, ...styleOf(only(upperLine)) }).toEqual({ text: organization.upper, ...set(14) });
      expect({ text: issuingLine!.text, ...styleOf(only(issuingLine)) }).toEqual({
        text: upper(organization.name),
        ...set(14, { bold: true }),
      });
      expect(starLine!.text).toBe('*');
      expect(leftLines.every((line) => line.align === 'center')).toBe(true);
      expect(right!.paragraphs.map((p) => ({ text: p.text, align: p.align, ...styleOf(only(p)) }))).toEqual([
        { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', align: 'center', ...set(15, { bold: true, underline: true }) },
      ]);
      // The right column is the wider: the party's name sits on the right.
      expect(headerTable!.columnWidths[1]!).toBeGreaterThan(headerTable!.columnWidths[0]!);
      const symbol = template.documentType.startsWith('BÁO CÁO')
        ? 'BC'
        : template.documentType === 'NGHỊ QUYẾT'
          ? 'NQ'
          : template.documentType === 'BIÊN BẢN'
            ? 'BB'
            : '';
      const numberText =
        symbol && organization.symbol
          ? `Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-${symbol}/${organization.symbol}`
          : 'Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';
      expect({ text: numberCell!.text, ...styleOf(only(numberCell!.paragraphs[0])) }).toEqual({ text: numberText, ...set(14) });
      expect({ text: dateCell!.text, ...styleOf(only(dateCell!.paragraphs[0])) }).toMatchObject({ ...set(14, { italic: true }) });
      expect(dateCell!.text).toMatch(/^Ô Chợ Dừa, ngày \d{2} tháng (0[12]|[1-9]|1[0-2]) năm \d{4}$/);

      // Then the document type and its summary, centred.
      const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' && b.paragraph.text.trim() ? [b.paragraph] : []));
      const [kind, summary] = paragraphs;
      expect({ text: kind!.text, align: kind!.align, ...styleOf(only(kind)) }).toEqual({
        text: template.documentType,
        align: 'center',
        ...set(16, { bold: true }),
      });
      expect(summary!.align).toBe('center');
      expect(styleOf(only(summary))).toEqual(set(14, { bold: true }));

      // The headings, numbered as the outline is, each followed by its text.
      const labels = numberSections(template.sections);
      const expectedBody: { text: string; numbering?: Section['numbering'] }[] = [];
      let summaryExpected = false;
      for (const section of allSections(template)) {
        const label = labels.get(section.id)!;
        const title = section.numbering === 'part' || section.numbering === 'roman' ? upper(section.title) : section.title;
        if (section.numbering === 'part') expectedBody.push({ text: label, numbering: 'part' }, { text: title, numbering: 'part' });
        else expectedBody.push({ text: label ? `${label} ${title}` : title, numbering: section.numbering });
        if (section.body.kind === 'prose') expectedBody.push({ text: contentOf(section) });
        else if (!summaryExpected && section.body.columns.some((c) => c.kind === 'target')) {
          summaryExpected = true;
          expectedBody.push({ text: 'Chi bộ đạt 1/2 chỉ tiêu đề ra.' });
        }
      }
      const body = paragraphs.slice(paragraphs.findIndex((p) => p.text === '-----') + 1);
      expect(body.map((p) => p.text)).toEqual(expectedBody.map((e) => e.text));
      body.forEach((paragraph, index) => {
        const { numbering, text } = expectedBody[index]!;
        const runs = paragraph.runs.map(styleOf);
        if (!numbering) {
          expect(paragraph.align, text).toBe('both');
          if (text.startsWith('Nội dung')) expect(runs, text).toEqual([set(14)]);
          return;
        }
        expect(runs, text).toEqual([set(14, { bold: true, italic: numbering === 'letter' })]);
        expect(paragraph.align, text).toBe(numbering === 'part' ? 'center' : 'both');
      });

      // Chỉ tiêu tables: a real table each, head row repeated, computed TT and Đánh giá, the count below.
      const targetSections = allSections(template).filter((s) => s.body.kind === 'targets');
      const targetTables = docx.tables().slice(1, -1);
      expect(targetTables).toHaveLength(targetSections.length);
      targetSections.forEach((section, index) => {
        const table = targetTables[index]!;
        const columns = section.body.kind === 'targets' ? section.body.columns : [];
        expect(table.repeatsHeader).toBe(true);
        expect(table.borderless).toBe(false);
        expect(table.rows[0]!.map((cell) => cell.text)).toEqual(columns.map((column) => column.label));
        const hasTarget = columns.some((column) => column.kind === 'target');
        // A table of next term's targets has nothing to assess, so no tally under it.
        if (hasTarget) expect(table.rows.at(-1)!.map((cell) => [cell.text, cell.span])).toEqual([['Đạt 1/2 chỉ tiêu', columns.length]]);
        // A cell may break a line after a "/" (a zero-width space there): "triệu đồng/ người/năm".
        expect(table.rows.slice(1).map((row) => row.map((cell) => cell.text.replaceAll('\u200b', '')))).toEqual([
          ...expectedTableRows(section),
          ...(hasTarget ? [['Đạt 1/2 chỉ tiêu']] : []),
        ]);
      });

      // The signature block: a borderless table last; Nơi nhận on the left, who signs on the right.
      const signature = docx.tables().at(-1)!;
      expect(signature.borderless).toBe(true);
      const [recipients, signer] = signature.rows[0]!;
      const [label, ...lines] = recipients!.paragraphs;
      expect({ text: label!.text, ...styleOf(only(label)) }).toEqual({ text: 'Nơi nhận:', ...set(14, { underline: true }) });
      expect(lines.map((line) => line.text)).toEqual(organization.recipients);
      expect(lines.every((line) => only(line).sizePt === 12)).toBe(true);
      const signerLines = signer!.paragraphs.filter((p) => p.text !== '');
      expect(signerLines.map((p) => ({ text: p.text, ...styleOf(only(p)) }))).toEqual([
        { text: organization.capacity, ...set(14, { bold: true }) },
        { text: organization.title, ...set(14, { bold: true }) },
        { text: organization.head, ...set(14, { bold: true }) },
      ]);
      expect(blocks.at(-1)!.kind).toBe('table');

      // Every line height names its rule: without one LibreOffice reads w:line="240" as an exact 12 pt
      // line, under which 14-16 pt text overlaps; "auto" is a multiple of single spacing to both renderers.
      for (const [name, xml] of docx.parts) {
        for (const [spacing] of xml.matchAll(/<w:spacing\b[^>]*>/g)) {
          if (spacing.includes('w:line=')) expect(spacing, name).toMatch(/w:lineRule="auto"/);
        }
      }

      // What guides the drafters is never in the file.
      const everything = docx.allText();
      for (const section of allSections(template)) expect(everything, section.id).not.toContain(section.guidance);
    },
  );

  it('prints the header fields people set, numbers the draft marker after the drafts, and drops it once adopted', async () => {
    const template = builtInTemplates().find((t) => t.id === 'bao-cao-kiem-diem-chi-uy')!;
    const { id } = await createFrom(template);
    await change(id, (doc) => {
      const header = doc.getMap('header');
      header.set('upperOrganization', 'Đảng bộ phường Ô Chợ Dừa');
      header.set('number', '12');
      header.set('place', 'Hà Nội');
      header.set('date', '2025-02-07');
      header.set('summary', 'kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy');
      header.set('signerCapacity', 'T/M CHI ỦY');
      header.set('signerTitle', 'PHÓ BÍ THƯ');
      header.set('signerName', 'Phạm Thị Lan');
      header.set('recipients', ['Ban Thường vụ Đảng ủy phường', 'Các đồng chí chi ủy viên', 'Lưu Chi bộ']);
    });
    expect((await api(server, `/api/documents/${id}/versions`, { method: 'POST', body: '{}' })).status).toBe(201);
    const firstPage = async () =>
      (await exportOf(id)).docx
        .header('first')!
        .map((p) => p.text)
        .join('');
    expect(await firstPage()).toBe('DỰ THẢO (lần 2)');
    expect((await api(server, `/api/documents/${id}/adoption`, { method: 'PUT' })).status).toBe(200);
    const { docx } = await exportOf(id);
    const [header] = docx.tables();
    expect(header!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['ĐẢNG BỘ PHƯỜNG Ô CHỢ DỪA\nCHI BỘ KHU DÂN CƯ SỐ 1\n*', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['Số 12-BC/CB', 'Hà Nội, ngày 07 tháng 02 năm 2025'],
    ]);
    expect(
      docx
        .paragraphs()
        .filter((p) => p.text.trim())
        .slice(0, 2)
        .map((p) => p.text),
    ).toEqual(['BÁO CÁO', 'kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy']);
    expect(
      docx
        .tables()
        .at(-1)!
        .rows[0]!.map((cell) => cell.paragraphs.map((p) => p.text).filter(Boolean)),
    ).toEqual([
      ['Nơi nhận:', '- Ban Thường vụ Đảng ủy phường;', '- Các đồng chí chi ủy viên;', '- Lưu Chi bộ.'],
      ['T/M CHI ỦY', 'PHÓ BÍ THƯ', 'Phạm Thị Lan'],
    ]);
    expect(
      docx
        .header('first')!
        .map((p) => p.text)
        .join(''),
    ).toBe('');
    expect(docx.allText()).not.toContain('DỰ THẢO');
  });

  it('is downloaded by anyone who may read the document, named after its title; others get 404', async () => {
    const template = builtInTemplates().find((t) => t.id === 'bao-cao-chinh-tri-chi-bo')!;
    const { id, title } = await createFrom(template);
    expect(title).toBe('Báo cáo chính trị của Chi ủy Chi bộ khu dân cư số 1 trình Đại hội Chi bộ khu dân cư số 1, nhiệm kỳ 2025-2027');
    await ward.grant(id, 'user', reader.id, 'viewer');

    const { response } = await exportOf(id, reader);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Bao cao chinh tri cua Chi uy Chi bo khu dan cu so 1 trinh Dai hoi Chi bo khu dan cu so 1, nhiem ky 2025-2027.docx"; filename*=UTF-8''${encodeURIComponent(`${title}.docx`)}`,
    );
    const defaults = await asUser(server, reader, `/api/documents/${id}/header-defaults`);
    expect(defaults.status).toBe(200);
    expect(await defaults.json()).toMatchObject({
      issuingOrganization: 'Chi bộ khu dân cư số 1',
      signerName: 'Trần Văn Minh',
      documentKind: 'BÁO CÁO CHÍNH TRỊ',
    });

    for (const path of [
      `/api/documents/${id}/export.docx`,
      `/api/documents/${id}/header-defaults`,
      '/api/documents/khong-co/export.docx',
    ]) {
      const refused = await asUser(server, outsider, path);
      expect(refused.status, path).toBe(404);
      expect(await refused.json()).toEqual({ error: { code: 'document_not_found', message: 'Không tìm thấy văn bản' } });
    }
    expect((await asUser(server, null, `/api/documents/${id}/export.docx`)).status).toBe(401);
  });
});

import type { Comparison } from '@van-kien/api';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libreOfficePdf, pdfText } from '../../server/src/export/testing/libreOffice.js';
import { createDraft, editDocument, firstParagraphText, sectionsByTemplateId, writeSections } from '../support/draftContent.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

const FIRST = 'Chi bộ đã lãnh đạo thực hiện tốt nhiệm vụ chính trị của địa phương.';

/** The texts inside each `w:ins` and each `w:del` of the body, in order. */
async function trackedTexts(docx: ArrayBuffer) {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const texts = (element: string, textTag: string) =>
    [...xml.matchAll(new RegExp(`<${element} [^>]*>(.*?)</${element}>`, 'g'))].map(([, inner]) =>
      [...inner!.matchAll(new RegExp(`<${textTag}[^>]*>([^<]*)</${textTag}>`, 'g'))].map(([, text]) => text).join(''),
    );
  return { inserted: texts('w:ins', 'w:t'), deleted: texts('w:del', 'w:delText') };
}

describe('comparing drafts: what changed between Dự thảo lần 1 and lần 2', () => {
  let server: TestServer;
  let secretary: SignedInUser;
  let documentId: string;

  const freeze = async () => {
    const response = await asUser(server, secretary, `/api/documents/${documentId}/versions`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(201);
    return ((await response.json()) as { number: number }).number;
  };
  const compare = async (query: string) => asUser(server, secretary, `/api/documents/${documentId}/compare?${query}`);

  let first: number;
  let second: number;
  beforeAll(async () => {
    server = await startTestServer();
    const ward = new WardFixture(server);
    const chiBo = await ward.organization('Chi bộ số 8', 'chi_bo');
    secretary = await ward.person('bithu8', 'Bí thư Chi bộ 8', [[chiBo, 'head']]);
    documentId = await createDraft(server, secretary, chiBo, 'số 8');
    await writeSections(server, secretary, documentId, { 'thuan-loi': FIRST });
    first = await freeze();
    await editDocument(server, secretary, documentId, (doc) => {
      const text = firstParagraphText(doc, 'thuan-loi');
      // "tốt " out, "toàn diện " in, and the section moves on to "đang soạn".
      const deleteAt = FIRST.indexOf('tốt ');
      text.delete(deleteAt, 'tốt '.length);
      text.insert(FIRST.indexOf('nhiệm vụ') - 'tốt '.length, 'toàn diện ');
      sectionsByTemplateId(doc).get('thuan-loi')!.setAttribute('status', 'dang-soan');
    });
    second = await freeze();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('marks exactly the inserted and the deleted words, and the section’s status change; other sections are unchanged', async () => {
    const response = await compare(`from=${first}&to=${second}`);
    expect(response.status).toBe(200);
    const { older, newer, comparison } = (await response.json()) as Comparison;
    expect([older.label, newer?.label]).toEqual(['Dự thảo lần 1', 'Dự thảo lần 2']);
    const changed = comparison.sections.filter((section) => section.changed);
    expect(changed).toHaveLength(1);
    const [section] = changed;
    expect(section!.attributeChanges).toEqual([{ field: 'status', before: 'chua-viet', after: 'dang-soan' }]);
    const runs = section!.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    // Exactly the words; on which side of them the space between falls is the diff's choice.
    expect(runs.filter((run) => run.change === 'inserted').map((run) => run.text.trim())).toEqual(['toàn diện']);
    expect(runs.filter((run) => run.change === 'deleted').map((run) => run.text.trim())).toEqual(['tốt']);
    expect(comparison.summary).toMatchObject({ changedSections: 1, insertedWords: 2, deletedWords: 1 });
  });

  it('compares a draft with today’s text, and refuses to compare a version with itself', async () => {
    await editDocument(server, secretary, documentId, (doc) => firstParagraphText(doc, 'thuan-loi').insert(0, 'Năm qua, '));
    const current = (await (await compare(`from=${second}&to=current`)).json()) as Comparison;
    expect(current.newer).toBeNull();
    const inserted = current.comparison.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.change === 'inserted').map((r) => r.text) : [])),
    );
    expect(inserted.map((text) => text.trim())).toEqual(['Năm qua,']);

    const same = await compare(`from=${first}&to=${first}`);
    expect(same.status).toBe(400);
    expect(await same.json()).toEqual({
      error: { code: 'compare_same_version', message: 'Hãy chọn hai phiên bản khác nhau để so sánh', field: 'to' },
    });
    const unknown = await compare('from=99&to=current');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('version_not_found');
  });

  it('exports the bản so sánh with Word’s tracked changes around exactly those words, which LibreOffice opens', async () => {
    const response = await asUser(server, secretary, `/api/documents/${documentId}/compare.docx?from=${first}&to=${second}`);
    expect(response.status).toBe(200);
    const docx = await response.arrayBuffer();
    const tracked = await trackedTexts(docx);
    expect(tracked.inserted.map((text) => text.trim())).toEqual(['toàn diện']);
    expect(tracked.deleted.map((text) => text.trim())).toEqual(['tốt']);
    const pdf = await libreOfficePdf(Buffer.from(docx), 'ban-so-sanh.docx');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Bản so sánh Dự thảo lần 1 và Dự thảo lần 2');
    expect(text).toContain('toàn diện');
    expect(text).toContain('DỰ THẢO (lần 2)');
    // LibreOffice's first start on a fresh profile takes seconds.
  }, 60_000);
});

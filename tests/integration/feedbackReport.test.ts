import type { CommentKind } from '@van-kien/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addReply, addThread, anchorOn } from '../support/comments.js';
import { DocxFile } from '../support/docxReader.js';
import { createDraft, editDocument, firstParagraphText, sectionsByTemplateId, writeSections } from '../support/draftContent.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

const CHI_BO = 'Chi bộ Tổ dân phố số 5';
const PHU_NU = 'Hội Liên hiệp Phụ nữ phường';
const MAT_TRAN = 'Ủy ban MTTQ phường';

/** The draft's text, by template section: "Thuận lợi", "Khó khăn", "1. Kinh tế, đời sống nhân dân", "I. Phương hướng, mục tiêu chung". */
const TEXTS = {
  'thuan-loi': 'Nhân dân đoàn kết, tin tưởng vào sự lãnh đạo của Chi bộ và chính quyền.',
  'kho-khan': 'Địa bàn rộng, nhiều hộ thuê trọ; một bộ phận thanh niên chưa có việc làm ổn định.',
  'p1-kinh-te-doi-song': 'Thu nhập bình quân đạt 85 triệu đồng mỗi người mỗi năm; không còn hộ nghèo.',
  'p2-phuong-huong': 'Xây dựng Chi bộ trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân.',
};
const DELETED_PASSAGE = 'một bộ phận thanh niên chưa có việc làm ổn định';

describe('the compilation report (A7) of a draft', () => {
  let server: TestServer;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let phuNuChair: SignedInUser;
  let mttqMember: SignedInUser;
  let documentId: string;
  let ids: { chiBo: string; phuNu: string; matTran: string };
  let content: Y.Doc;

  beforeAll(async () => {
    server = await startTestServer();
    const ward = new WardFixture(server);
    ids = {
      chiBo: await ward.organization(CHI_BO, 'chi_bo'),
      phuNu: await ward.organization(PHU_NU, 'doan_the'),
      matTran: await ward.organization(MAT_TRAN, 'mttq'),
    };
    secretary = await ward.person('bithu5', 'Bí thư Chi bộ 5', [[ids.chiBo, 'head']]);
    writer = await ward.person('chiuy5', 'Chi ủy viên 5', [[ids.chiBo, 'committee']]);
    phuNuChair = await ward.person('chutich-hpn5', 'Chủ tịch Hội Phụ nữ', [[ids.phuNu, 'head']]);
    mttqMember = await ward.person('uyvien-mttq5', 'Ủy viên MTTQ', [[ids.matTran, 'committee']]);
    documentId = await createDraft(server, secretary, ids.chiBo, 'Tổ dân phố số 5');
    content = await writeSections(server, secretary, documentId, TEXTS);
    const round = await asUser(server, secretary, `/api/documents/${documentId}/rounds`, {
      method: 'POST',
      body: JSON.stringify({
        title: 'Lấy ý kiến Mặt trận và đoàn thể',
        organizationIds: [ids.phuNu, ids.matTran],
        deadline: Date.now() + 86_400_000,
      }),
    });
    expect(round.status).toBe(201);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('groups comments by section in document order and passages in text order, quotes them, counts them and gives their answers', async () => {
    const people = { phuNu: phuNuChair, matTran: mttqMember };
    // Made in an order unlike the document's: [who, kind, passage (null: the whole document), body].
    const made: [keyof typeof people, CommentKind, string | null, string][] = [
      ['matTran', 'dong-y', 'phát huy sức mạnh đại đoàn kết toàn dân', 'Tán thành phương hướng.'],
      ['phuNu', 'sua-doi', 'không còn hộ nghèo', 'Sửa thành "giảm hộ nghèo xuống dưới 1%".'],
      ['phuNu', 'bo-sung', 'tin tưởng vào sự lãnh đạo', 'Bổ sung vai trò của các chi hội.'],
      ['matTran', 'khac', 'Nhân dân đoàn kết', 'Nên nêu tên các khu dân cư tiêu biểu.'],
      ['matTran', 'sua-doi', DELETED_PASSAGE, 'Sửa câu này cho rõ số liệu.'],
      ['phuNu', 'dong-y', 'Địa bàn rộng', 'Đồng ý với nhận định.'],
      ['phuNu', 'khac', 'Xây dựng Chi bộ trong sạch, vững mạnh', 'Ý kiến khác về cách diễn đạt.'],
      ['matTran', 'bo-sung', 'Thu nhập bình quân', 'Bổ sung so sánh với nhiệm kỳ trước.'],
      ['phuNu', 'dong-y', null, 'Hội Phụ nữ tán thành dự thảo.'],
    ];
    const threads: { id: string }[] = [];
    for (const [who, kind, passage, body] of made) {
      threads.push(
        await addThread(server, people[who], documentId, { anchor: passage === null ? null : anchorOn(content, passage), kind, body }),
      );
    }
    const withdrawn = await addThread(server, mttqMember, documentId, {
      anchor: anchorOn(content, 'Địa bàn rộng'),
      kind: 'khac',
      body: 'Ý kiến rút lại.',
    });
    await asUser(server, mttqMember, `/api/documents/${documentId}/comments/${withdrawn.id}`, { method: 'DELETE' });
    const answer = (n: number, user: SignedInUser, answer: string, text?: string) =>
      asUser(server, user, `/api/documents/${documentId}/comments/${threads[n]!.id}/answer`, {
        method: 'POST',
        body: JSON.stringify({ answer, text }),
      });
    await answer(1, secretary, 'tiep-thu');
    await asUser(server, secretary, `/api/documents/${documentId}/comments/${threads[1]!.id}/resolve`, { method: 'POST' });
    await answer(4, writer, 'giai-trinh', 'Số liệu đã nêu ở phần chỉ tiêu.');
    await answer(6, writer, 'giai-trinh', 'Giữ cách diễn đạt của văn kiện cấp trên.');
    await answer(0, secretary, 'tiep-thu');
    const reply = await addReply(server, writer, documentId, threads[2]!.id, 'Tổ biên tập sẽ bổ sung.');
    await editDocument(server, secretary, documentId, (doc) => {
      const text = firstParagraphText(doc, 'kho-khan');
      text.delete(text.toString().indexOf(DELETED_PASSAGE), DELETED_PASSAGE.length);
    });

    const response = await asUser(server, writer, `/api/documents/${documentId}/feedback-report`);
    expect(response.status).toBe(200);
    const report = await response.json();

    const organization = { phuNu: { id: ids.phuNu, name: PHU_NU }, matTran: { id: ids.matTran, name: MAT_TRAN } };
    const authors = {
      phuNu: { id: phuNuChair.id, displayName: 'Chủ tịch Hội Phụ nữ' },
      matTran: { id: mttqMember.id, displayName: 'Ủy viên MTTQ' },
    };
    const item = (n: number, more: object = {}) => {
      const [who, kind, passage, body] = made[n]!;
      return {
        threadId: threads[n]!.id,
        kind,
        organization: organization[who],
        author: authors[who],
        body,
        quote: passage,
        passageDeleted: false,
        replies: [],
        answer: null,
        answerText: null,
        status: 'open',
        // The round froze "Dự thảo lần 1" when it opened, and every comment was made on it.
        draftNumber: 1,
        createdAt: expect.any(Number),
        ...more,
      };
    };
    const sectionId = (templateSectionId: string) =>
      String(sectionsByTemplateId(content).get(templateSectionId)!.getAttribute('sectionId'));
    const kinds = (dongY: number, boSung: number, suaDoi: number, khac: number) => ({
      'dong-y': dongY,
      'bo-sung': boSung,
      'sua-doi': suaDoi,
      khac,
    });

    expect(report).toEqual({
      document: { id: documentId, title: expect.stringContaining('Tổ dân phố số 5'), organization: { id: ids.chiBo, name: CHI_BO } },
      generatedAt: expect.any(Number),
      rounds: [
        expect.objectContaining({
          title: 'Lấy ý kiến Mặt trận và đoàn thể',
          status: 'open',
          organizations: [
            { ...organization.phuNu, comments: 5 },
            { ...organization.matTran, comments: 4 },
          ],
        }),
      ],
      totals: {
        threads: 9,
        byKind: kinds(3, 2, 2, 2),
        byOrganization: [
          { organization: organization.phuNu, total: 5, byKind: kinds(2, 1, 1, 1) },
          { organization: organization.matTran, total: 4, byKind: kinds(1, 1, 1, 1) },
        ],
        answered: { 'tiep-thu': 2, 'giai-trinh': 2, unanswered: 5 },
      },
      general: [item(8)],
      sections: [
        {
          sectionId: sectionId('thuan-loi'),
          label: 'Thuận lợi',
          items: [
            item(3),
            item(2, {
              replies: [
                expect.objectContaining({
                  id: reply.id,
                  body: 'Tổ biên tập sẽ bổ sung.',
                  author: { id: writer.id, displayName: 'Chi ủy viên 5' },
                }),
              ],
            }),
          ],
        },
        {
          sectionId: sectionId('kho-khan'),
          label: 'Khó khăn',
          items: [item(5), item(4, { passageDeleted: true, answer: 'giai-trinh', answerText: 'Số liệu đã nêu ở phần chỉ tiêu.' })],
        },
        {
          sectionId: sectionId('p1-kinh-te-doi-song'),
          label: '1. Kinh tế, đời sống nhân dân',
          items: [item(7), item(1, { answer: 'tiep-thu', status: 'resolved' })],
        },
        {
          sectionId: sectionId('p2-phuong-huong'),
          label: 'I. Phương hướng, mục tiêu chung',
          items: [
            item(6, { answer: 'giai-trinh', answerText: 'Giữ cách diễn đạt của văn kiện cấp trên.' }),
            item(0, { answer: 'tiep-thu' }),
          ],
        },
      ],
    });
  });

  it('exports as a Party-format Word file with the same order, quotes, counts and answers', async () => {
    const response = await asUser(server, writer, `/api/documents/${documentId}/feedback-report.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Báo cáo tổng hợp ý kiến góp ý')}`,
    );
    const docx = await DocxFile.read(await response.arrayBuffer());
    const texts = docx.paragraphs().map((p) => p.text.toLocaleLowerCase('vi'));
    const at = (text: string) => texts.findIndex((t) => t.includes(text.toLocaleLowerCase('vi')));
    // A7's parts, then the draft's headings in document order, each with its comments.
    const order = [
      'Tình hình tổ chức góp ý',
      'Số lượng ý kiến',
      'Ý kiến cụ thể',
      'Ý kiến chung về dự thảo',
      'Hội Phụ nữ tán thành dự thảo.',
      'Thuận lợi',
      'Nên nêu tên các khu dân cư tiêu biểu.',
      'Khó khăn',
      'Sửa câu này cho rõ số liệu.',
      '1. Kinh tế, đời sống nhân dân',
      'I. Phương hướng, mục tiêu chung',
      'Tán thành phương hướng.',
    ];
    const positions = order.map(at);
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(at(`Đoạn văn: “${DELETED_PASSAGE}” (đoạn này không còn trong dự thảo)`)).toBeGreaterThan(at('Khó khăn'));
    expect(at('Giải trình: Số liệu đã nêu ở phần chỉ tiêu.')).toBeGreaterThan(at('Sửa câu này cho rõ số liệu.'));
    expect(at('Sửa đổi: 2/9 ý kiến.')).toBeGreaterThan(at('Số lượng ý kiến'));
    expect(at('Đã tiếp thu 2, đã giải trình 2, chưa trả lời 5.')).toBeGreaterThan(0);
    // The round asks about the draft it froze, and every comment names the draft it was made on.
    expect(at('Lấy ý kiến Mặt trận và đoàn thể, về Dự thảo lần 1 (hạn')).toBeGreaterThan(at('Tình hình tổ chức góp ý'));
    expect(texts[at('Sửa câu này cho rõ số liệu.')]).toContain('(sửa đổi, dự thảo lần 1)');
    expect(docx.allText()).toContain('BÁO CÁO');
    expect((await asUser(server, phuNuChair, `/api/documents/${documentId}/feedback-report.docx`)).status).toBe(403);
  });

  it('is for the draft’s authors: commenters may not produce it', async () => {
    const refused = await asUser(server, phuNuChair, `/api/documents/${documentId}/feedback-report`);
    expect(refused.status).toBe(403);
    expect((await asUser(server, secretary, `/api/documents/${documentId}/feedback-report`)).status).toBe(200);
  });
});

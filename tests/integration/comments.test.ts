import type { PassageAnchor } from '@van-kien/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { errorText } from '../support/apiErrors.js';
import { addReply, addThread, anchorOn, newClientId, putThread, threadsOf } from '../support/comments.js';
import { createDraft, editDocument, firstParagraphText, writeSections } from '../support/draftContent.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

interface Reply {
  id: string;
  author: { id: string; displayName: string };
  organization: { id: string; name: string } | null;
  body: string;
  editedAt: number | null;
  deleted: boolean;
}
interface Thread extends Reply {
  anchor: PassageAnchor | null;
  kind: string;
  status: string;
  answer: string | null;
  answerText: string | null;
  answeredBy: { id: string } | null;
  roundId: string | null;
  replies: Reply[];
}

const THUAN_LOI = 'Nhân dân trong khu dân cư đoàn kết, tin tưởng vào sự lãnh đạo của Chi bộ.';
const KHO_KHAN = 'Địa bàn rộng, dân cư đông, nhiều hộ thuê trọ thay đổi thường xuyên.';
const SO_HO = 'Khu dân cư có 512 hộ, 2.046 nhân khẩu, 48 đảng viên.';

describe('comments: who may write, change and answer what', () => {
  let server: TestServer;
  let ward: WardFixture;
  let chiBoName: string;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let lan: SignedInUser;
  let hoa: SignedInUser;
  let reader: SignedInUser;
  let outsider: SignedInUser;
  let documentId: string;
  let content: Y.Doc;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    chiBoName = 'Chi bộ Tổ dân phố số 3';
    const chiBo = await ward.organization(chiBoName, 'chi_bo');
    const otherChiBo = await ward.organization('Chi bộ Tổ dân phố số 9', 'chi_bo');
    secretary = await ward.person('bithu3', 'Bí thư Chi bộ 3', [[chiBo, 'head']]);
    writer = await ward.person('chiuy3', 'Chi ủy viên 3', [[chiBo, 'committee']]);
    lan = await ward.person('dangvien-lan', 'Nguyễn Thị Lan', [[chiBo, 'member']]);
    hoa = await ward.person('dangvien-hoa', 'Trần Thị Hoa', [[chiBo, 'member']]);
    reader = await ward.person('nguoidoc3', 'Người đọc');
    outsider = await ward.person('bithu9', 'Bí thư Chi bộ 9', [[otherChiBo, 'head']]);
    documentId = await createDraft(server, secretary, chiBo, 'Tổ dân phố số 3');
    await ward.grant(documentId, 'user', reader.id, 'viewer');
    content = await writeSections(server, secretary, documentId, {
      'thuan-loi': THUAN_LOI,
      'kho-khan': KHO_KHAN,
      'so-ho-nhan-khau-dang-vien': SO_HO,
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const path = (threadId: string, rest = '') => `/api/documents/${documentId}/comments/${threadId}${rest}`;
  const call = (user: SignedInUser, threadId: string, method: string, body?: unknown, rest = '') =>
    asUser(server, user, path(threadId, rest), { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
  const threadIn = async (user: SignedInUser, id: string) => (await threadsOf<Thread>(server, user, documentId)).find((t) => t.id === id);

  it('a commenter comments on a passage, and everyone who may see the document reads it with its author, organization and kind', async () => {
    const anchor = anchorOn(content, 'đoàn kết, tin tưởng');
    const response = await putThread(server, lan, documentId, { anchor, kind: 'bo-sung', body: 'Nên nêu thêm số hộ gia đình văn hóa.' });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Thread;
    expect(created).toMatchObject({
      author: { id: lan.id, displayName: 'Nguyễn Thị Lan' },
      organization: { name: chiBoName },
      kind: 'bo-sung',
      body: 'Nên nêu thêm số hộ gia đình văn hóa.',
      anchor,
      status: 'open',
      answer: null,
      deleted: false,
      roundId: null,
      replies: [],
    });
    for (const user of [secretary, writer, hoa, reader]) expect(await threadIn(user, created.id)).toEqual(created);
  });

  it('a comment on the whole document has no anchor', async () => {
    const created = await addThread<Thread>(server, hoa, documentId, { anchor: null, kind: 'dong-y', body: 'Tán thành dự thảo.' });
    expect(created).toMatchObject({ anchor: null, kind: 'dong-y', author: { id: hoa.id } });
  });

  it('the author edits and deletes their own comment', async () => {
    const { id } = await addThread(server, lan, documentId, {
      anchor: anchorOn(content, 'Địa bàn rộng'),
      kind: 'khac',
      body: 'Bản nháp ý kiến.',
    });
    const edited = await call(lan, id, 'PATCH', { body: '  Ý kiến đã sửa.  ', kind: 'sua-doi' });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ body: 'Ý kiến đã sửa.', kind: 'sua-doi', editedAt: expect.any(Number) });
    expect((await call(lan, id, 'DELETE')).status).toBe(204);
    expect(await threadIn(secretary, id)).toBeUndefined();
  });

  it('nobody edits or deletes someone else’s comment or reply, not even the owner, and nothing changes', async () => {
    const thread = await addThread<Thread>(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Ý kiến của Lan.' });
    const reply = await addReply(server, hoa, documentId, thread.id, 'Trả lời của Hoa.');
    const before = await threadIn(secretary, thread.id);
    for (const user of [hoa, writer, secretary]) {
      expect((await call(user, thread.id, 'PATCH', { body: 'Sửa trộm.' })).status).toBe(403);
      expect((await call(user, thread.id, 'DELETE')).status).toBe(403);
    }
    for (const user of [lan, writer, secretary]) {
      const refused = await call(user, thread.id, 'PATCH', { body: 'Sửa trộm.' }, `/replies/${reply.id}`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({
        error: { code: 'authors_only', message: 'Chỉ người viết ý kiến mới được sửa hoặc xóa ý kiến đó' },
      });
      expect((await call(user, thread.id, 'DELETE', undefined, `/replies/${reply.id}`)).status).toBe(403);
    }
    expect(await threadIn(secretary, thread.id)).toEqual(before);
  });

  it('replies are edited and deleted by their authors; a deleted comment that others answered keeps their replies', async () => {
    const thread = await addThread<Thread>(server, lan, documentId, { anchor: null, kind: 'sua-doi', body: 'Đề nghị sửa câu mở đầu.' });
    const own = await addReply(server, lan, documentId, thread.id, 'Bổ sung của chính tôi.');
    const other = await addReply(server, writer, documentId, thread.id, 'Tổ biên tập sẽ xem xét.');
    const edited = await call(writer, thread.id, 'PATCH', { body: 'Tổ biên tập đã xem xét.' }, `/replies/${other.id}`);
    expect(await edited.json()).toMatchObject({ body: 'Tổ biên tập đã xem xét.', editedAt: expect.any(Number) });
    expect((await call(lan, thread.id, 'DELETE', undefined, `/replies/${own.id}`)).status).toBe(204);
    expect((await call(lan, thread.id, 'DELETE')).status).toBe(204);

    const kept = await threadIn(hoa, thread.id);
    expect(kept).toMatchObject({ deleted: true, body: '', kind: 'sua-doi' });
    expect(kept!.replies.map(({ id, body, deleted }) => ({ id, body, deleted }))).toEqual([
      { id: own.id, body: '', deleted: true },
      { id: other.id, body: 'Tổ biên tập đã xem xét.', deleted: false },
    ]);
    expect((await call(lan, thread.id, 'PATCH', { body: 'Viết lại.' })).status).toBe(404);
    expect(
      (
        await asUser(server, hoa, path(thread.id, `/replies/${newClientId()}`), {
          method: 'PUT',
          body: JSON.stringify({ body: 'Muộn rồi.' }),
        })
      ).status,
    ).toBe(404);
  });

  it('the draft’s authors answer, resolve and reopen threads; commenters do not, but an author reopens their own', async () => {
    const { id } = await addThread(server, lan, documentId, {
      anchor: anchorOn(content, 'nhiều hộ thuê trọ'),
      kind: 'bo-sung',
      body: 'Nêu số hộ thuê trọ.',
    });
    expect((await call(hoa, id, 'POST', { answer: 'tiep-thu' }, '/answer')).status).toBe(403);
    expect((await call(lan, id, 'POST', undefined, '/resolve')).status).toBe(403);

    const unexplained = await call(writer, id, 'POST', { answer: 'giai-trinh', text: '   ' }, '/answer');
    expect(unexplained.status).toBe(400);
    expect(await unexplained.json()).toEqual({ error: { code: 'invalid_input', field: 'text', message: 'Giải trình cần nêu lý do' } });
    expect((await threadIn(secretary, id))!.answer).toBeNull();

    const explained = await call(writer, id, 'POST', { answer: 'giai-trinh', text: 'Số liệu thay đổi hằng tháng.' }, '/answer');
    expect(await explained.json()).toMatchObject({
      answer: 'giai-trinh',
      answerText: 'Số liệu thay đổi hằng tháng.',
      answeredBy: { id: writer.id },
    });
    const accepted = await call(secretary, id, 'POST', { answer: 'tiep-thu' }, '/answer');
    expect(await accepted.json()).toMatchObject({ answer: 'tiep-thu', answerText: null, answeredBy: { id: secretary.id } });

    expect(await (await call(writer, id, 'POST', undefined, '/resolve')).json()).toMatchObject({ status: 'resolved' });
    expect((await call(hoa, id, 'POST', undefined, '/reopen')).status).toBe(403);
    expect(await (await call(lan, id, 'POST', undefined, '/reopen')).json()).toMatchObject({ status: 'open' });
    await call(secretary, id, 'POST', undefined, '/resolve');
    expect(await (await call(secretary, id, 'POST', undefined, '/reopen')).json()).toMatchObject({ status: 'open' });
  });

  it('a PUT sent again with the same id and content answers 200 with the stored comment, stored once', async () => {
    const threadId = newClientId();
    const content_ = { anchor: anchorOn(content, 'tin tưởng vào sự lãnh đạo'), kind: 'dong-y' as const, body: 'Gửi khi mất mạng.' };
    const first = await putThread(server, lan, documentId, content_, threadId);
    const again = await putThread(server, lan, documentId, content_, threadId);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());

    const replyId = newClientId();
    const reply = () => call(hoa, threadId, 'PUT', { body: 'Đồng ý với chị Lan.' }, `/replies/${replyId}`);
    expect((await reply()).status).toBe(201);
    expect((await reply()).status).toBe(200);

    const stored = (await threadsOf<Thread>(server, secretary, documentId)).filter((t) => t.id === threadId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.replies).toHaveLength(1);
  });

  it('an id that another comment holds is refused with 409, whoever sends it, and nothing changes', async () => {
    const thread = await addThread<Thread>(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Bản gốc.' });
    const reply = await addReply(server, lan, documentId, thread.id, 'Trả lời gốc.');
    const conflicts = [
      await putThread(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Nội dung khác.' }, thread.id),
      await putThread(server, lan, documentId, { anchor: null, kind: 'bo-sung', body: 'Bản gốc.' }, thread.id),
      await putThread(server, hoa, documentId, { anchor: null, kind: 'khac', body: 'Bản gốc.' }, thread.id),
      await call(hoa, thread.id, 'PUT', { body: 'Trả lời gốc.' }, `/replies/${reply.id}`),
      await call(lan, thread.id, 'PUT', { body: 'Trả lời khác.' }, `/replies/${reply.id}`),
    ];
    expect(conflicts.map((r) => r.status)).toEqual([409, 409, 409, 409, 409]);
    expect(await conflicts[0]!.json()).toEqual({ error: { code: 'comment_id_taken', message: 'Mã này đã được dùng cho một ý kiến khác' } });
    expect(await threadIn(secretary, thread.id)).toMatchObject({
      author: { id: lan.id },
      kind: 'khac',
      body: 'Bản gốc.',
      replies: [{ id: reply.id, author: { id: lan.id }, body: 'Trả lời gốc.' }],
    });
  });

  it('refuses bad input with a message naming the problem, and stores nothing', async () => {
    const anchor = anchorOn(content, 'Địa bàn rộng');
    const { quote: _quote, ...withoutQuote } = anchor;
    // A passage written only on this copy, never sent: the server's document does not hold it.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(content));
    firstParagraphText(local, 'kho-khan').insert(0, 'Câu chưa bao giờ gửi lên. ');
    const cases: [unknown, number, RegExp][] = [
      [{ anchor, kind: 'bo-sung', body: '' }, 400, /"body": Nội dung ý kiến không được để trống/],
      [{ anchor, kind: 'bo-sung', body: ' \n\t ' }, 400, /"body": Nội dung ý kiến không được để trống/],
      [{ anchor, kind: 'bo-sung', body: 'a'.repeat(4001) }, 400, /"body": Nội dung ý kiến không được dài quá 4000 ký tự/],
      [{ anchor, kind: 'tan-thanh', body: 'Loại không có.' }, 400, /"kind"/],
      [{ anchor, body: 'Thiếu loại.' }, 400, /"kind"/],
      [{ kind: 'khac', body: 'Thiếu chỗ góp ý.' }, 400, /"anchor"/],
      [{ anchor: withoutQuote, kind: 'khac', body: 'Neo thiếu đoạn trích.' }, 400, /"anchor/],
      [{ anchor: { ...anchor, start: 'không phải base64!' }, kind: 'khac', body: 'Neo hỏng.' }, 400, /"anchor/],
      [{ anchor: { ...anchor, quote: 'x'.repeat(2001) }, kind: 'khac', body: 'Đoạn trích quá dài.' }, 400, /"anchor/],
      [
        { anchor: anchorOn(local, 'Câu chưa bao giờ gửi lên.'), kind: 'khac', body: 'Đoạn không có.' },
        422,
        /^Đoạn văn được góp ý không có trong văn bản$/,
      ],
    ];
    const before = await threadsOf(server, secretary, documentId);
    for (const [body, status, message] of cases) {
      const response = await asUser(server, lan, path(newClientId()), { method: 'PUT', body: JSON.stringify(body) });
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(await errorText(response)).toMatch(message);
    }
    const badId = await asUser(server, lan, path('ngắn'), {
      method: 'PUT',
      body: JSON.stringify({ anchor: null, kind: 'khac', body: 'Mã sai.' }),
    });
    expect(badId.status).toBe(400);
    expect(await threadsOf(server, secretary, documentId)).toEqual(before);
    expect((await putThread(server, lan, documentId, { anchor: null, kind: 'khac', body: 'a'.repeat(4000) })).status).toBe(201);
  });

  it('refuses a comment on a passage that was deleted from the document', async () => {
    const phrase = '48 đảng viên';
    const anchor = anchorOn(content, phrase);
    await editDocument(server, secretary, documentId, (doc) => {
      const text = firstParagraphText(doc, 'so-ho-nhan-khau-dang-vien');
      text.delete(text.toString().indexOf(phrase), phrase.length);
    });
    const response = await putThread(server, hoa, documentId, { anchor, kind: 'sua-doi', body: 'Quá muộn.' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: 'passage_missing', message: 'Đoạn văn được góp ý không có trong văn bản' } });
  });

  it('someone who may not see the document gets 404 for everything; a viewer reads but may not comment', async () => {
    const { id } = await addThread(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Ý kiến riêng của chi bộ.' });
    const notFound = [
      await asUser(server, outsider, `/api/documents/${documentId}/comments`),
      await putThread(server, outsider, documentId, { anchor: null, kind: 'khac', body: 'Người ngoài.' }),
      await call(outsider, id, 'PATCH', { body: 'Người ngoài sửa.' }),
      await call(outsider, id, 'DELETE'),
      await call(outsider, id, 'POST', { answer: 'tiep-thu' }, '/answer'),
      await call(outsider, id, 'PUT', { body: 'Người ngoài trả lời.' }, `/replies/${newClientId()}`),
      await asUser(server, outsider, `/api/documents/${documentId}/feedback-report`),
    ];
    expect(notFound.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect((await asUser(server, null, `/api/documents/${documentId}/comments`)).status).toBe(401);

    const refused = await putThread(server, reader, documentId, { anchor: null, kind: 'khac', body: 'Người xem.' });
    expect(refused.status).toBe(403);
    expect((await call(reader, id, 'PUT', { body: 'Người xem trả lời.' }, `/replies/${newClientId()}`)).status).toBe(403);
    expect((await threadsOf(server, reader, documentId)).some((t) => t.id === id)).toBe(true);
  });

  it('stores and returns markup in a body verbatim, as text in JSON', async () => {
    const body = '<script>alert("xss")</script><img src=x onerror="alert(1)"> & "trích dẫn"';
    const { id } = await addThread(server, lan, documentId, { anchor: null, kind: 'khac', body });
    const response = await asUser(server, secretary, `/api/documents/${documentId}/comments`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const stored = ((await response.json()) as { threads: Thread[] }).threads.find((t) => t.id === id);
    expect(stored!.body).toBe(body);
  });
});

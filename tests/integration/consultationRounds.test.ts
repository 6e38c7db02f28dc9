import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../support/apiErrors.js';
import { putThread, threadsOf } from '../support/comments.js';
import { createDraft } from '../support/draftContent.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

interface Round {
  id: string;
  title: string;
  status: 'open' | 'closed';
  deadline: number;
  closedAt: number | null;
  createdBy: { id: string };
  organizations: { id: string; name: string; comments: number }[];
}

const ROUND_ENDED = { error: { code: 'round_ended', message: 'Đợt lấy ý kiến đã kết thúc' } };
const DAY = 24 * 60 * 60 * 1000;

describe('consultation rounds: organizations asked to comment until a deadline', () => {
  let server: TestServer;
  let ward: WardFixture;
  let chiBo: string;
  let phuNu: string;
  let matTran: string;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let phuNuChair: SignedInUser;
  let matTranMember: SignedInUser;
  let doanVien: SignedInUser;
  let counter = 0;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    chiBo = await ward.organization('Chi bộ Tổ dân phố số 2', 'chi_bo');
    phuNu = await ward.organization('Hội Liên hiệp Phụ nữ phường', 'doan_the');
    matTran = await ward.organization('Ủy ban MTTQ phường', 'mttq');
    const doanThanhNien = await ward.organization('Đoàn Thanh niên phường', 'doan_the');
    secretary = await ward.person('bithu2', 'Bí thư Chi bộ 2', [[chiBo, 'head']]);
    writer = await ward.person('chiuy2', 'Chi ủy viên 2', [[chiBo, 'committee']]);
    phuNuChair = await ward.person('chutich-hpn', 'Chủ tịch Hội Phụ nữ', [[phuNu, 'head']]);
    matTranMember = await ward.person('uyvien-mttq', 'Ủy viên MTTQ', [[matTran, 'committee']]);
    doanVien = await ward.person('bithu-doan', 'Bí thư Đoàn', [[doanThanhNien, 'head']]);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const newDraft = () => createDraft(server, secretary, chiBo, `số 2 (${++counter})`);
  const openRound = (documentId: string, body: unknown, user = secretary) =>
    asUser(server, user, `/api/documents/${documentId}/rounds`, { method: 'POST', body: JSON.stringify(body) });
  const roundsOf = async (documentId: string, user: SignedInUser = secretary) =>
    ((await (await asUser(server, user, `/api/documents/${documentId}/rounds`)).json()) as { rounds: Round[] }).rounds;
  const documentsOf = async (user: SignedInUser) =>
    (await (await asUser(server, user, '/api/documents')).json()) as { id: string; role: string }[];
  const comment = (user: SignedInUser, documentId: string, body = 'Ý kiến của tổ chức.') =>
    putThread(server, user, documentId, { anchor: null, kind: 'bo-sung', body });
  /** Resolves when the server re-decided the access of `user`'s open socket on the document to `mode`. */
  const accessChanged = (documentId: string, mode: string) =>
    server.logs.waitFor('connection access changed', (r) => r.documentId === documentId && r.mode === mode);

  it('the owner opens a round; its organizations’ members find the document and the round, and comment in their organization’s name', async () => {
    const documentId = await newDraft();
    expect((await documentsOf(phuNuChair)).some((d) => d.id === documentId)).toBe(false);
    const deadline = Date.now() + 7 * DAY;
    const opened = await openRound(documentId, { title: 'Lấy ý kiến Mặt trận, đoàn thể', organizationIds: [phuNu, matTran], deadline });
    expect(opened.status).toBe(201);
    const round = (await opened.json()) as Round;
    expect(round).toMatchObject({
      title: 'Lấy ý kiến Mặt trận, đoàn thể',
      status: 'open',
      deadline,
      closedAt: null,
      createdBy: { id: secretary.id },
    });
    expect(round.organizations).toEqual(
      expect.arrayContaining([
        { id: phuNu, name: 'Hội Liên hiệp Phụ nữ phường', comments: 0 },
        { id: matTran, name: 'Ủy ban MTTQ phường', comments: 0 },
      ]),
    );

    for (const member of [phuNuChair, matTranMember]) {
      expect((await documentsOf(member)).find((d) => d.id === documentId)).toMatchObject({ role: 'commenter' });
      const addressed = (
        (await (await asUser(server, member, '/api/rounds')).json()) as { rounds: (Round & { document: { id: string } })[] }
      ).rounds;
      expect(addressed.map((r) => ({ id: r.id, document: r.document.id }))).toContainEqual({ id: round.id, document: documentId });
    }
    const fromPhuNu = await comment(phuNuChair, documentId, 'Đề nghị bổ sung nội dung về phụ nữ.');
    expect(fromPhuNu.status).toBe(201);
    expect(await fromPhuNu.json()).toMatchObject({ organization: { id: phuNu, name: 'Hội Liên hiệp Phụ nữ phường' }, roundId: round.id });
    expect((await comment(phuNuChair, documentId)).status).toBe(201);
    expect((await comment(matTranMember, documentId)).status).toBe(201);

    expect((await documentsOf(doanVien)).some((d) => d.id === documentId)).toBe(false);
    expect(((await (await asUser(server, doanVien, '/api/rounds')).json()) as { rounds: Round[] }).rounds).toEqual([]);
    expect((await comment(doanVien, documentId)).status).toBe(404);

    const [listed] = await roundsOf(documentId, phuNuChair);
    expect(Object.fromEntries(listed!.organizations.map((o) => [o.id, o.comments]))).toEqual({ [phuNu]: 2, [matTran]: 1 });
  });

  it('only the owner opens a round; bad requests are refused and open nothing', async () => {
    const documentId = await newDraft();
    const valid = { title: 'Lấy ý kiến', organizationIds: [phuNu], deadline: Date.now() + DAY };
    const refusals: [unknown, SignedInUser, number, RegExp][] = [
      [valid, writer, 403, /Chỉ chủ văn bản/],
      [valid, doanVien, 404, /Không tìm thấy văn bản/],
      [{ ...valid, deadline: Date.now() - 1000 }, secretary, 400, /"deadline": Hạn góp ý phải ở tương lai/],
      [{ ...valid, organizationIds: [] }, secretary, 400, /"organizationIds": Chọn ít nhất một tổ chức$/],
      [{ ...valid, organizationIds: [phuNu, phuNu] }, secretary, 400, /"organizationIds": Mỗi tổ chức chỉ chọn một lần/],
      [{ ...valid, organizationIds: [phuNu, 'khong-co'] }, secretary, 400, /"organizationIds": Không có tổ chức khong-co/],
      [{ ...valid, title: '  ' }, secretary, 400, /"title"/],
    ];
    for (const [body, user, status, message] of refusals) {
      const response = await openRound(documentId, body, user);
      expect({ body, status: response.status }).toEqual({ body, status });
      expect(await errorText(response)).toMatch(message);
    }
    expect(await roundsOf(documentId)).toEqual([]);
    expect((await documentsOf(phuNuChair)).some((d) => d.id === documentId)).toBe(false);
  });

  it('[S-AUTH-5] closing a round refuses its comments at once, leaves its organizations readers, and tells their open sockets', async () => {
    const documentId = await newDraft();
    const round = (await (
      await openRound(documentId, { title: 'Lấy ý kiến', organizationIds: [phuNu], deadline: Date.now() + DAY })
    ).json()) as Round;
    const socket = await RawSyncClient.connect(server.wsBase, documentId, { cookie: phuNuChair.cookie });
    await socket.sync();
    expect((await comment(phuNuChair, documentId)).status).toBe(201);

    expect((await asUser(server, writer, `/api/documents/${documentId}/rounds/${round.id}/close`, { method: 'POST' })).status).toBe(403);
    const toView = accessChanged(documentId, 'view');
    const closed = await asUser(server, secretary, `/api/documents/${documentId}/rounds/${round.id}/close`, { method: 'POST' });
    expect(await closed.json()).toMatchObject({
      id: round.id,
      status: 'closed',
      closedAt: expect.any(Number),
      organizations: [{ id: phuNu, comments: 1 }],
    });
    await toView;

    const refused = await comment(phuNuChair, documentId);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual(ROUND_ENDED);
    expect((await documentsOf(phuNuChair)).find((d) => d.id === documentId)).toMatchObject({ role: 'viewer' });
    expect(await threadsOf(server, phuNuChair, documentId)).toHaveLength(1);
    const again = await asUser(server, secretary, `/api/documents/${documentId}/rounds/${round.id}/close`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: { code: 'round_closed', message: 'Đợt lấy ý kiến đã kết thúc' } });
    socket.close();
  });

  it('[S-AUTH-5] after its deadline a round takes no more comments, and its organizations’ open sockets become readers', async () => {
    const documentId = await newDraft();
    // Long enough for the comment below to arrive first even on a busy machine.
    const deadline = Date.now() + 2500;
    expect((await openRound(documentId, { title: 'Lấy ý kiến gấp', organizationIds: [matTran], deadline })).status).toBe(201);
    const socket = await RawSyncClient.connect(server.wsBase, documentId, { cookie: matTranMember.cookie });
    await socket.sync();
    const toView = accessChanged(documentId, 'view');
    const before = await comment(matTranMember, documentId, 'Kịp hạn.');
    expect(before.status).toBe(201);
    const { id: threadId } = (await before.json()) as { id: string };

    // The server's own watch of deadlines re-decides the open socket's access once the deadline passed.
    await toView;
    expect(Date.now()).toBeGreaterThanOrEqual(deadline);
    const late = await comment(matTranMember, documentId, 'Quá hạn.');
    expect(late.status).toBe(403);
    expect(await late.json()).toEqual(ROUND_ENDED);
    const edit = await asUser(server, matTranMember, `/api/documents/${documentId}/comments/${threadId}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'Sửa sau hạn.' }),
    });
    expect(edit.status).toBe(403);
    expect((await roundsOf(documentId))[0]).toMatchObject({ status: 'closed', closedAt: null });
    expect(await threadsOf(server, matTranMember, documentId)).toEqual([expect.objectContaining({ id: threadId, body: 'Kịp hạn.' })]);
    socket.close();
  });
});

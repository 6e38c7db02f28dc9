import { encodeSyncStep1 } from '@van-kien/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addReply, addThread } from '../support/comments.js';
import { createDraft } from '../support/draftContent.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

interface Notification {
  id: string;
  kind: string;
  document: { id: string; title: string };
  threadId: string | null;
  actor: { id: string; displayName: string };
  read: boolean;
}

describe('in-app notifications of comments, replies, answers and rounds', () => {
  let server: TestServer;
  let ward: WardFixture;
  let chiBo: string;
  let phuNu: string;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let lan: SignedInUser;
  let hoa: SignedInUser;
  let phuNuChair: SignedInUser;
  let phuNuMember: SignedInUser;
  let counter = 0;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    chiBo = await ward.organization('Chi bộ số 8', 'chi_bo');
    phuNu = await ward.organization('Hội Phụ nữ phường', 'doan_the');
    secretary = await ward.person('bithu8', 'Bí thư Chi bộ 8', [[chiBo, 'head']]);
    writer = await ward.person('chiuy8', 'Chi ủy viên 8', [[chiBo, 'committee']]);
    lan = await ward.person('dangvien8-lan', 'Đảng viên Lan', [[chiBo, 'member']]);
    hoa = await ward.person('dangvien8-hoa', 'Đảng viên Hoa', [[chiBo, 'member']]);
    phuNuChair = await ward.person('hpn8-chutich', 'Chủ tịch Hội Phụ nữ', [[phuNu, 'head']]);
    phuNuMember = await ward.person('hpn8-hoivien', 'Hội viên Phụ nữ', [[phuNu, 'member']]);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const newDraft = () => createDraft(server, secretary, chiBo, `số 8 (${++counter})`);
  const inbox = async (user: SignedInUser) =>
    (await (await asUser(server, user, '/api/notifications')).json()) as { notifications: Notification[]; unread: number };
  /** The user's notifications about one document, oldest first, as (kind, actor, thread). */
  const about = async (user: SignedInUser, documentId: string) =>
    (await inbox(user)).notifications
      .filter((n) => n.document.id === documentId)
      .reverse()
      .map((n) => ({ kind: n.kind, actor: n.actor.id, threadId: n.threadId }));

  it('tells the owner and editors of a new comment, the conversation and the owner of replies and answers, never the one who acted', async () => {
    const documentId = await newDraft();
    const thread = await addThread(server, lan, documentId, { anchor: null, kind: 'bo-sung', body: 'Ý kiến của Lan.' });
    await addReply(server, hoa, documentId, thread.id, 'Hoa đồng ý.');
    await addReply(server, writer, documentId, thread.id, 'Tổ biên tập tiếp thu.');
    await asUser(server, secretary, `/api/documents/${documentId}/comments/${thread.id}/answer`, {
      method: 'POST',
      body: JSON.stringify({ answer: 'tiep-thu' }),
    });

    const threadId = thread.id;
    expect(await about(secretary, documentId)).toEqual([
      { kind: 'comment', actor: lan.id, threadId },
      { kind: 'reply', actor: hoa.id, threadId },
      { kind: 'reply', actor: writer.id, threadId },
    ]);
    expect(await about(writer, documentId)).toEqual([
      { kind: 'comment', actor: lan.id, threadId },
      { kind: 'answer', actor: secretary.id, threadId },
    ]);
    expect(await about(lan, documentId)).toEqual([
      { kind: 'reply', actor: hoa.id, threadId },
      { kind: 'reply', actor: writer.id, threadId },
      { kind: 'answer', actor: secretary.id, threadId },
    ]);
    expect(await about(hoa, documentId)).toEqual([
      { kind: 'reply', actor: writer.id, threadId },
      { kind: 'answer', actor: secretary.id, threadId },
    ]);
    const [first] = (await inbox(lan)).notifications;
    expect(first).toMatchObject({
      document: { id: documentId, title: expect.stringContaining('số 8') },
      actor: { displayName: 'Bí thư Chi bộ 8' },
      read: false,
    });
  });

  it('tells the members of a round’s organizations that it opened', async () => {
    const documentId = await newDraft();
    await asUser(server, secretary, `/api/documents/${documentId}/rounds`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Lấy ý kiến Hội Phụ nữ', organizationIds: [phuNu], deadline: Date.now() + 86_400_000 }),
    });
    for (const member of [phuNuChair, phuNuMember])
      expect(await about(member, documentId)).toEqual([{ kind: 'round', actor: secretary.id, threadId: null }]);
    expect(await about(secretary, documentId)).toEqual([]);
  });

  it('counts unread notifications and marks one’s own read; someone else’s ids change nothing', async () => {
    const documentId = await newDraft();
    await addThread(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Một.' });
    await addThread(server, hoa, documentId, { anchor: null, kind: 'khac', body: 'Hai.' });
    const before = await inbox(writer);
    const fresh = before.notifications.filter((n) => n.document.id === documentId);
    expect(fresh.map((n) => n.read)).toEqual([false, false]);
    const secretaryUnread = (await inbox(secretary)).unread;

    const marked = await asUser(server, writer, '/api/notifications/read', {
      method: 'POST',
      body: JSON.stringify({ ids: [fresh[0]!.id] }),
    });
    expect(marked.status).toBe(204);
    const after = await inbox(writer);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.notifications.find((n) => n.id === fresh[0]!.id)!.read).toBe(true);

    const secretaryIds = (await inbox(secretary)).notifications.filter((n) => n.document.id === documentId).map((n) => n.id);
    await asUser(server, writer, '/api/notifications/read', { method: 'POST', body: JSON.stringify({ ids: secretaryIds }) });
    expect((await inbox(secretary)).unread).toBe(secretaryUnread);
    expect((await asUser(server, writer, '/api/notifications/read', { method: 'POST', body: JSON.stringify({ ids: [] }) })).status).toBe(
      400,
    );
  });

  it('shows nothing about a document one may no longer see', async () => {
    const documentId = await newDraft();
    const guest = await ward.person(`khach${counter}`, 'Khách mời');
    await ward.grant(documentId, 'user', guest.id, 'editor');
    await addThread(server, lan, documentId, { anchor: null, kind: 'khac', body: 'Ý kiến.' });
    expect(await inbox(guest)).toMatchObject({ unread: 1, notifications: [{ document: { id: documentId } }] });
    await asUser(server, secretary, `/api/documents/${documentId}/grants/user/${guest.id}`, { method: 'DELETE' });
    expect(await inbox(guest)).toEqual({ notifications: [], unread: 0 });
  });

  it('[P-EXT-4] sends CommentsChanged to the document’s connections that said Hello, and never to a stock client', async () => {
    const documentId = await newDraft();
    const extended = await RawSyncClient.connect(server.wsBase, documentId, { cookie: secretary.cookie });
    extended.hello();
    await extended.sync();
    const stock = await RawSyncClient.connect(server.wsBase, documentId, { cookie: writer.cookie });
    await stock.sync();
    const elsewhere = await RawSyncClient.connect(server.wsBase, await newDraft(), { cookie: secretary.cookie });
    elsewhere.hello();
    await elsewhere.sync();

    const changed = extended.nextFrame((f) => f.kind === 'commentsChanged');
    const thread = await addThread(server, lan, documentId, { anchor: null, kind: 'dong-y', body: 'Đồng ý.' });
    await changed;
    const again = extended.nextFrame((f) => f.kind === 'commentsChanged');
    await addReply(server, writer, documentId, thread.id, 'Cảm ơn.');
    await again;

    // Frames on one socket arrive in order: whatever the server sent before answering this, has arrived.
    for (const client of [stock, elsewhere]) {
      const answered = client.nextFrame((f) => f.kind === 'syncStep2');
      client.send(encodeSyncStep1(Y.encodeStateVector(client.doc)));
      await answered;
      expect(client.frames.some((f) => f.kind === 'commentsChanged')).toBe(false);
    }
    for (const client of [extended, stock, elsewhere]) client.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addThread, threadsOf } from '../support/comments.js';
import { createDraft, firstParagraphText, readStoredDocument, sectionsByTemplateId, writeSections } from '../support/draftContent.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { type SignedInUser, WardFixture } from '../support/ward.js';

const TEXT = 'Chi bộ lãnh đạo hoàn thành các chỉ tiêu nghị quyết đề ra.';

/** Everything a replica holds: the content fragment and every other shared type, as text. */
const snapshotOf = (doc: Y.Doc) => ({
  content: doc.getXmlFragment('content').toString(),
  comments: doc.getMap('comments').toJSON(),
  stateVector: [...Y.encodeStateVector(doc)],
});

describe('[S-AUTH-3] a commenter’s socket changes nothing, even from a crafted client', () => {
  let server: TestServer;
  let ward: WardFixture;
  let secretary: SignedInUser;
  let member: SignedInUser;
  let documentId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    const chiBo = await ward.organization('Chi bộ số 6', 'chi_bo');
    secretary = await ward.person('bithu6', 'Bí thư Chi bộ 6', [[chiBo, 'head']]);
    member = await ward.person('dangvien6', 'Đảng viên 6', [[chiBo, 'member']]);
    documentId = await createDraft(server, secretary, chiBo, 'số 6');
    await writeSections(server, secretary, documentId, { 'thuan-loi': TEXT });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** Sends one crafted update on a fresh commenter socket and waits for its refusal. */
  async function refused(craft: (doc: Y.Doc) => void): Promise<void> {
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: member.cookie });
    client.hello();
    await client.sync();
    const denied = client.nextFrame((f) => f.kind === 'permissionDenied');
    client.edit(craft);
    expect(await denied).toMatchObject({ kind: 'permissionDenied', reason: expect.stringContaining('read-only') });
    client.close();
  }

  it('refuses updates that insert text, delete text, set a section attribute or write comments into the document; the stored document is unchanged after a restart', async () => {
    const { id: threadId } = await addThread(server, member, documentId, { anchor: null, kind: 'dong-y', body: 'Ý kiến thật, qua API.' });
    const threadsBefore = await threadsOf(server, secretary, documentId);
    const before = snapshotOf(await readStoredDocument(server, documentId));

    await refused((doc) => firstParagraphText(doc, 'thuan-loi').insert(0, 'Chèn trộm. '));
    await refused((doc) => firstParagraphText(doc, 'thuan-loi').delete(0, 7));
    await refused((doc) => sectionsByTemplateId(doc).get('thuan-loi')!.setAttribute('status', 'da-duyet'));
    await refused((doc) => {
      const comments = doc.getMap('comments');
      comments.set(threadId, { body: 'Ý kiến bị sửa trộm', author: secretary.id });
      comments.set('gia-mao', { body: 'Ý kiến giả mạo', author: secretary.id });
    });

    server = await server.restart();
    const stored = await readStoredDocument(server, documentId);
    expect(snapshotOf(stored)).toEqual(before);
    expect(firstParagraphText(stored, 'thuan-loi').toString()).toBe(TEXT);
    expect(await threadsOf(server, secretary, documentId)).toEqual(threadsBefore);
  });

  it('comments are not in the Yjs document: even an editor’s socket writing a comments map changes no comment', async () => {
    const { id: threadId } = await addThread(server, member, documentId, { anchor: null, kind: 'khac', body: 'Ý kiến gốc.' });
    const threadsBefore = await threadsOf(server, secretary, documentId);
    const editor = await RawSyncClient.connect(server.wsBase, documentId, { cookie: secretary.cookie });
    editor.hello();
    await editor.sync();
    editor.edit((doc) => doc.getMap('comments').set(threadId, { body: 'Sửa qua socket', kind: 'dong-y' }));
    await editor.allSaved();
    editor.close();
    expect(await threadsOf(server, member, documentId)).toEqual(threadsBefore);
  });
});

import { MAX_VERSION_NAME_LENGTH, type Version, type VersionDetail, type VersionList } from '@van-kien/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FakeTimers } from '../../server/src/versions/testing/FakeTimers.js';
import { errorText } from '../support/apiErrors.js';
import { addThread, anchorOn } from '../support/comments.js';
import { DocxFile } from '../support/docxReader.js';
import {
  createDraft,
  editDocument,
  firstParagraphText,
  readStoredDocument,
  sectionsByTemplateId,
  writeSections,
} from '../support/draftContent.js';
import { stockProvider, waitForDoc, whenSynced } from '../support/providers.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

const PAUSE = 10 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

const EDITORS_FREEZE = 'Chỉ người soạn thảo và chủ văn bản mới lưu được dự thảo';
const OWNERS_RESTORE = 'Chỉ chủ văn bản mới khôi phục được phiên bản cũ';
const OWNERS_ADOPT = 'Chỉ chủ văn bản mới đánh dấu được văn bản đã thông qua';

/** The plain text of a version's ProseMirror JSON. */
function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { text, content } = node as { text?: string; content?: unknown[] };
  return (text ?? '') + (content ?? []).map(textOf).join(' ');
}

/** Types `words` at the end of the first paragraph of a template section, giving it a text if it has none. */
function typeAtEnd(doc: Y.Doc, templateSectionId: string, words: string): void {
  const paragraph = sectionsByTemplateId(doc).get(templateSectionId)!.get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText | undefined;
  if (text) text.insert(text.length, words);
  else paragraph.insert(0, [new Y.XmlText(words)]);
}

describe('versions of a document: named drafts, history, restore and adoption', () => {
  let server: TestServer;
  let ward: WardFixture;
  const timers = new FakeTimers();
  let chiBo: string;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let commenter: SignedInUser;
  let viewer: SignedInUser;
  let stranger: SignedInUser;
  let counter = 0;

  beforeAll(async () => {
    // Automatic versions wait on this clock: they are taken only when a test moves it.
    server = await startTestServer({}, undefined, { timers });
    ward = new WardFixture(server);
    chiBo = await ward.organization('Chi bộ Tổ dân phố số 7', 'chi_bo');
    secretary = await ward.person('bithu7', 'Bí thư Chi bộ 7', [[chiBo, 'head']]);
    writer = await ward.person('soanthao7', 'Người soạn thảo');
    commenter = await ward.person('gopy7', 'Người góp ý');
    viewer = await ward.person('xem7', 'Người xem');
    stranger = await ward.person('nguoingoai7', 'Người ngoài');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** A chi bộ report owned by the secretary, with the writer, commenter and viewer granted their roles. */
  const newDraft = async () => {
    const documentId = await createDraft(server, secretary, chiBo, `số 7 (${++counter})`);
    await ward.grant(documentId, 'user', writer.id, 'editor');
    await ward.grant(documentId, 'user', commenter.id, 'commenter');
    await ward.grant(documentId, 'user', viewer.id, 'viewer');
    return documentId;
  };
  const versionsPath = (documentId: string) => `/api/documents/${documentId}/versions`;
  const list = async (documentId: string, user: SignedInUser = writer) => {
    const response = await asUser(server, user, versionsPath(documentId));
    expect(response.status).toBe(200);
    return (await response.json()) as VersionList;
  };
  const freeze = (documentId: string, user: SignedInUser = writer, body: unknown = {}) =>
    asUser(server, user, versionsPath(documentId), { method: 'POST', body: JSON.stringify(body) });
  const frozen = async (documentId: string, name?: string) => {
    const response = await freeze(documentId, writer, name === undefined ? {} : { name });
    expect(response.status).toBe(201);
    return (await response.json()) as Version;
  };
  const version = async (documentId: string, number: number, user: SignedInUser = writer) => {
    const response = await asUser(server, user, `${versionsPath(documentId)}/${number}`);
    expect(response.status).toBe(200);
    return (await response.json()) as VersionDetail;
  };
  const appendTo = (documentId: string, templateSectionId: string, words: string) =>
    editDocument(server, writer, documentId, (doc) => typeAtEnd(doc, templateSectionId, words));
  /** Resolves once the server logged an automatic version of the document. */
  const automaticTaken = (documentId: string) =>
    server.logs.waitFor('version taken', (r) => r.documentId === documentId && r.kind === 'auto');

  it('freezing makes "Dự thảo lần 1", then "lần 2" after an edit; each holds the text as of its freeze', async () => {
    const documentId = await newDraft();
    await writeSections(server, writer, documentId, { 'thuan-loi': 'Nhân dân đoàn kết.' });
    expect((await list(documentId)).drafting).toEqual({ nextDraftNumber: 1, adoptedAt: null, adoptedBy: null });

    const first = await frozen(documentId);
    expect(first).toEqual({
      number: 1,
      kind: 'draft',
      draftNumber: 1,
      name: null,
      label: 'Dự thảo lần 1',
      restoredFrom: null,
      createdBy: { id: writer.id, displayName: 'Người soạn thảo' },
      createdAt: expect.any(Number),
    });
    expect(Math.abs(first.createdAt - Date.now())).toBeLessThan(60_000);
    expect(await list(documentId)).toEqual({ versions: [first], drafting: { nextDraftNumber: 2, adoptedAt: null, adoptedBy: null } });

    await appendTo(documentId, 'thuan-loi', ' Kinh tế phát triển.');
    const second = await frozen(documentId, 'Gửi Đảng ủy phường');
    expect(second).toMatchObject({ number: 2, draftNumber: 2, name: 'Gửi Đảng ủy phường', label: 'Dự thảo lần 2: Gửi Đảng ủy phường' });
    // The body is required ({} for an unnamed draft): a signed-in browser sends JSON, and no body is no JSON.
    const bare = await asUser(server, writer, versionsPath(documentId), { method: 'POST' });
    expect(bare.status).toBe(400);
    expect(await errorText(bare)).toBe('Yêu cầu không hợp lệ');
    expect((await frozen(documentId)).label).toBe('Dự thảo lần 3');
    const listed = await list(documentId);
    expect(listed.versions.map((v) => v.label)).toEqual(['Dự thảo lần 3', 'Dự thảo lần 2: Gửi Đảng ủy phường', 'Dự thảo lần 1']);
    expect(listed.drafting.nextDraftNumber).toBe(4);

    const one = await version(documentId, 1);
    const two = await version(documentId, 2);
    expect(one).toMatchObject({ ...first, header: expect.any(Object) });
    expect(textOf(one.content)).toContain('Nhân dân đoàn kết.');
    expect(textOf(one.content)).not.toContain('Kinh tế phát triển.');
    expect(textOf(two.content)).toContain('Nhân dân đoàn kết. Kinh tế phát triển.');
  });

  it('viewers and commenters see the named drafts only; an automatic version is not found for them', async () => {
    const documentId = await newDraft();
    await frozen(documentId);
    const taken = automaticTaken(documentId);
    await appendTo(documentId, 'kho-khan', 'Địa bàn rộng.');
    timers.advance(PAUSE);
    const auto = (await taken).number as number;
    expect((await list(documentId)).versions.map((v) => [v.number, v.kind])).toEqual([
      [auto, 'auto'],
      [1, 'draft'],
    ]);
    for (const user of [commenter, viewer]) {
      expect((await list(documentId, user)).versions.map((v) => v.label)).toEqual(['Dự thảo lần 1']);
      const refused = await asUser(server, user, `${versionsPath(documentId)}/${auto}`);
      expect(refused.status).toBe(404);
      expect(await errorText(refused)).toBe('Không tìm thấy phiên bản này của văn bản');
      expect((await asUser(server, user, `${versionsPath(documentId)}/${auto}/export.docx`)).status).toBe(404);
      expect((await version(documentId, 1, user)).label).toBe('Dự thảo lần 1');
    }
  });

  it('who may do what: commenters and viewers do not freeze, editors do not restore or adopt, others do not see the document', async () => {
    const documentId = await newDraft();
    await frozen(documentId);
    const before = await list(documentId);
    const refusals: [string, string, SignedInUser, number, string][] = [
      ['POST', versionsPath(documentId), commenter, 403, EDITORS_FREEZE],
      ['POST', versionsPath(documentId), viewer, 403, EDITORS_FREEZE],
      ['POST', `${versionsPath(documentId)}/1/restore`, writer, 403, OWNERS_RESTORE],
      ['POST', `${versionsPath(documentId)}/1/restore`, commenter, 403, OWNERS_RESTORE],
      ['PUT', `/api/documents/${documentId}/adoption`, writer, 403, OWNERS_ADOPT],
      ['DELETE', `/api/documents/${documentId}/adoption`, writer, 403, OWNERS_ADOPT],
      ['GET', versionsPath(documentId), stranger, 404, 'Không tìm thấy văn bản'],
      ['GET', `${versionsPath(documentId)}/1`, stranger, 404, 'Không tìm thấy văn bản'],
      ['POST', versionsPath(documentId), stranger, 404, 'Không tìm thấy văn bản'],
      ['GET', `${versionsPath(documentId)}/1/export.docx`, stranger, 404, 'Không tìm thấy văn bản'],
      ['GET', versionsPath('khong-co-van-ban'), writer, 404, 'Không tìm thấy văn bản'],
    ];
    for (const [method, path, user, status, message] of refusals) {
      const response = await asUser(server, user, path, { method, ...(method === 'GET' ? {} : { body: '{}' }) });
      expect({ method, path, user: user.username, status: response.status }).toEqual({ method, path, user: user.username, status });
      const { error } = (await response.clone().json()) as { error: { code: string } };
      expect(error.code).toBe(status === 403 ? 'role_too_weak' : 'document_not_found');
      expect(await errorText(response)).toBe(message);
    }
    expect(await list(documentId)).toEqual(before);
  });

  it('bad requests are refused with their Vietnamese message and change nothing', async () => {
    const documentId = await newDraft();
    await frozen(documentId);
    const before = await list(documentId);
    const refusals: [string, string, unknown, SignedInUser, number, string, RegExp][] = [
      ['GET', `${versionsPath(documentId)}/99`, undefined, writer, 404, 'version_not_found', /^Không tìm thấy phiên bản này của văn bản$/],
      ['GET', `${versionsPath(documentId)}/99/export.docx`, undefined, writer, 404, 'version_not_found', /^Không tìm thấy phiên bản/],
      ['POST', `${versionsPath(documentId)}/99/restore`, {}, secretary, 404, 'version_not_found', /^Không tìm thấy phiên bản/],
      ['GET', `${versionsPath(documentId)}/mot`, undefined, writer, 400, 'invalid_input', /^"number": /],
      ['GET', `${versionsPath(documentId)}/0`, undefined, writer, 400, 'invalid_input', /^"number": /],
      ['POST', `${versionsPath(documentId)}/mot/restore`, {}, secretary, 400, 'invalid_input', /^"number": /],
      ['POST', versionsPath(documentId), { name: 'x'.repeat(MAX_VERSION_NAME_LENGTH + 1) }, writer, 400, 'invalid_input', /^"name": /],
      ['POST', versionsPath(documentId), { name: 7 }, writer, 400, 'invalid_input', /^"name": /],
      [
        'DELETE',
        `/api/documents/${documentId}/adoption`,
        undefined,
        secretary,
        409,
        'document_not_adopted',
        /^Văn bản chưa được đánh dấu đã thông qua$/,
      ],
    ];
    for (const [method, path, body, user, status, code, message] of refusals) {
      const response = await asUser(server, user, path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect({ method, path, status: response.status }).toEqual({ method, path, status });
      expect(((await response.clone().json()) as { error: { code: string } }).error.code).toBe(code);
      expect(await errorText(response)).toMatch(message);
      expect(await list(documentId)).toEqual(before);
    }
  });

  it('an adopted document freezes no more drafts until it is a draft again', async () => {
    const documentId = await newDraft();
    await frozen(documentId);
    const adopted = await asUser(server, secretary, `/api/documents/${documentId}/adoption`, { method: 'PUT' });
    expect(adopted.status).toBe(200);
    const drafting = { nextDraftNumber: 2, adoptedAt: expect.any(Number), adoptedBy: { id: secretary.id, displayName: 'Bí thư Chi bộ 7' } };
    expect(await adopted.json()).toEqual(drafting);
    const before = await list(documentId);
    expect(before.drafting).toEqual(drafting);

    const refused = await freeze(documentId);
    expect(refused.status).toBe(409);
    expect(await errorText(refused)).toBe('Văn bản đã được thông qua, không lưu thêm dự thảo');
    expect(await list(documentId)).toEqual(before);

    const again = await asUser(server, secretary, `/api/documents/${documentId}/adoption`, { method: 'DELETE' });
    expect(await again.json()).toEqual({ nextDraftNumber: 2, adoptedAt: null, adoptedBy: null });
    expect((await frozen(documentId)).label).toBe('Dự thảo lần 2');
    const audit = (await (await api(server, '/api/audit?limit=1000')).json()) as { action: string; target: string | null }[];
    expect(audit.filter((e) => e.target === documentId && !e.action.startsWith('grant.')).map((e) => e.action)).toEqual([
      'version.freeze',
      'document.unadopt',
      'document.adopt',
      'version.freeze',
    ]);
  });

  it('a restore reaches an open client live and an offline one on reconnecting; both keep their words and all converge', async () => {
    const documentId = await newDraft();
    const ORIGINAL = 'Nhân dân đoàn kết, tin tưởng.';
    const OFFLINE_WORDS = ' Lời viết khi mất mạng.';
    await writeSections(server, writer, documentId, { 'thuan-loi': ORIGINAL, 'kho-khan': 'Địa bàn rộng.' });
    await frozen(documentId);
    await appendTo(documentId, 'thuan-loi', ' Câu thêm sau dự thảo.');

    const live = await RawSyncClient.connect(server.wsBase, documentId, { cookie: writer.cookie });
    live.hello();
    await live.sync();
    const offline = stockProvider(server.wsBase, documentId, server.adminToken);
    await whenSynced(offline);
    offline.disconnect();
    const offlineText = firstParagraphText(offline.doc, 'kho-khan');
    offlineText.insert(offlineText.length, OFFLINE_WORDS);

    const restoredLive = waitForDoc(live.doc, (doc) => firstParagraphText(doc, 'thuan-loi').toString() === ORIGINAL);
    const versionsChanged = live.nextFrame((f) => f.kind === 'versionsChanged');
    const restored = await asUser(server, secretary, `${versionsPath(documentId)}/1/restore`, { method: 'POST' });
    expect(restored.status).toBe(200);
    const { beforeRestore, restore } = (await restored.json()) as { beforeRestore: Version; restore: Version };
    expect(beforeRestore).toMatchObject({ number: 2, kind: 'before-restore', restoredFrom: 1, label: 'Trước khi khôi phục Dự thảo lần 1' });
    expect(restore).toMatchObject({ number: 3, kind: 'restore', restoredFrom: 1, label: 'Khôi phục từ Dự thảo lần 1' });
    await restoredLive;
    await versionsChanged;

    offline.connect();
    await waitForDoc(offline.doc, (doc) => firstParagraphText(doc, 'thuan-loi').toString() === ORIGINAL);
    await waitForDoc(live.doc, (doc) => firstParagraphText(doc, 'kho-khan').toString().endsWith(OFFLINE_WORDS));
    const stored = await readStoredDocument(server, documentId);
    const contentOf = (doc: Y.Doc) => doc.getXmlFragment('content').toJSON();
    expect(contentOf(offline.doc)).toBe(contentOf(live.doc));
    expect(contentOf(stored)).toBe(contentOf(live.doc));
    expect(firstParagraphText(stored, 'kho-khan').toString()).toBe(`Địa bàn rộng.${OFFLINE_WORDS}`);
    expect(firstParagraphText(stored, 'thuan-loi').toString()).toBe(ORIGINAL);
    offline.destroy();
    live.close();

    expect((await list(documentId)).versions.map((v) => v.label)).toEqual([
      'Khôi phục từ Dự thảo lần 1',
      'Trước khi khôi phục Dự thảo lần 1',
      'Dự thảo lần 1',
    ]);
    expect(textOf((await version(documentId, 2)).content)).toContain('Câu thêm sau dự thảo.');
    expect(textOf((await version(documentId, 3)).content)).not.toContain('Câu thêm sau dự thảo.');
  });

  it('exports a version as a Word file with that version’s words, not later ones', async () => {
    const documentId = await newDraft();
    await writeSections(server, writer, documentId, { 'thuan-loi': 'Lời của dự thảo thứ nhất.' });
    await frozen(documentId);
    await appendTo(documentId, 'thuan-loi', ' Lời viết sau khi lưu.');
    const response = await asUser(server, commenter, `${versionsPath(documentId)}/1/export.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Dự thảo lần 1'));
    const text = (await DocxFile.read(await response.arrayBuffer())).allText();
    expect(text).toContain('Lời của dự thảo thứ nhất.');
    expect(text).not.toContain('Lời viết sau khi lưu.');
  });

  it('takes an automatic version a pause after the last edit, and tells open clients; none when nothing changed', async () => {
    // Lets the versions earlier tests left waiting be taken, so the clock holds nothing of them.
    timers.advance(10 * PAUSE);
    const documentId = await newDraft();
    const watcher = await RawSyncClient.connect(server.wsBase, documentId, { cookie: viewer.cookie });
    watcher.hello();
    await watcher.sync();
    // Making the document and opening it change nothing: no version waits.
    expect(timers.pendingCount).toBe(0);
    await frozen(documentId);

    const editor = await RawSyncClient.connect(server.wsBase, documentId, { cookie: writer.cookie });
    editor.hello();
    await editor.sync();
    for (const words of ['Một', ' hai', ' ba.']) {
      editor.edit((doc) => typeAtEnd(doc, 'thuan-loi', words));
      await editor.allSaved();
      timers.advance(PAUSE / 2);
    }
    expect((await list(documentId)).versions.map((v) => v.kind)).toEqual(['draft']);
    const changed = watcher.nextFrame((f) => f.kind === 'versionsChanged');
    timers.advance(PAUSE / 2);
    await changed;
    const [auto] = (await list(documentId)).versions;
    expect(auto).toMatchObject({ number: 2, kind: 'auto', createdBy: null, label: expect.stringMatching(/^Tự động lưu lúc /) });
    expect(textOf((await version(documentId, 2)).content)).toContain('Một hai ba.');

    // A draft frozen while an automatic version waited leaves it nothing to take.
    editor.edit((doc) => firstParagraphText(doc, 'thuan-loi').insert(0, 'Bốn. '));
    await editor.allSaved();
    expect((await frozen(documentId)).number).toBe(3);
    timers.advance(PAUSE);
    // Versions are taken one at a time in order, so this freeze follows whatever the pause took.
    expect((await frozen(documentId)).number).toBe(4);
    expect((await list(documentId)).versions.map((v) => v.kind)).toEqual(['draft', 'draft', 'auto', 'draft']);
    timers.advance(10 * PAUSE);
    expect(timers.pendingCount).toBe(0);
    editor.close();
    watcher.close();
  });

  it('a comment records the draft it was made on, and the A7 report names "Dự thảo lần n"', async () => {
    const documentId = await newDraft();
    const phuNu = await ward.organization(`Hội Phụ nữ ${++counter}`, 'doan_the');
    const chair = await ward.person(`chutich-hpn7-${counter}`, 'Chủ tịch Hội Phụ nữ', [[phuNu, 'head']]);
    await writeSections(server, writer, documentId, { 'thuan-loi': 'Nhân dân đoàn kết.' });
    const opened = await asUser(server, secretary, `/api/documents/${documentId}/rounds`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Lấy ý kiến đoàn thể', organizationIds: [phuNu], deadline: Date.now() + DAY }),
    });
    expect(opened.status).toBe(201);
    expect(await opened.json()).toMatchObject({ draftNumber: 1 });
    expect((await list(documentId)).versions).toMatchObject([{ kind: 'draft', label: 'Dự thảo lần 1', createdBy: { id: secretary.id } }]);

    const thread = await addThread<{ id: string; draftNumber: number | null }>(server, chair, documentId, {
      anchor: null,
      kind: 'bo-sung',
      body: 'Bổ sung vai trò của phụ nữ.',
    });
    expect(thread.draftNumber).toBe(1);
    await frozen(documentId);
    const later = await addThread<{ draftNumber: number | null }>(server, chair, documentId, {
      anchor: null,
      kind: 'dong-y',
      body: 'Tán thành dự thảo lần 2.',
    });
    expect(later.draftNumber).toBe(2);

    const report = (await (await asUser(server, secretary, `/api/documents/${documentId}/feedback-report`)).json()) as {
      rounds: { draftNumber: number | null }[];
      general: { body: string; draftNumber: number | null }[];
    };
    expect(report.rounds).toMatchObject([{ draftNumber: 1 }]);
    expect(report.general.map((item) => [item.body, item.draftNumber])).toEqual(
      expect.arrayContaining([
        ['Bổ sung vai trò của phụ nữ.', 1],
        ['Tán thành dự thảo lần 2.', 2],
      ]),
    );
    const docx = await DocxFile.read(
      await (await asUser(server, secretary, `/api/documents/${documentId}/feedback-report.docx`)).arrayBuffer(),
    );
    const paragraphs = docx.paragraphs().map((p) => p.text);
    expect(paragraphs.some((p) => p.includes('Lấy ý kiến đoàn thể, về Dự thảo lần 1 (hạn'))).toBe(true);
    expect(paragraphs.find((p) => p.includes('Bổ sung vai trò của phụ nữ.'))).toContain('(Bổ sung, Dự thảo lần 1)');
    expect(paragraphs.find((p) => p.includes('Tán thành dự thảo lần 2.'))).toContain('(Đồng ý, Dự thảo lần 2)');
  });

  it('a round opened on a text just frozen asks about that draft instead of freezing an identical one', async () => {
    const documentId = await newDraft();
    const phuNu = await ward.organization(`Hội Phụ nữ ${++counter}`, 'doan_the');
    await writeSections(server, writer, documentId, { 'thuan-loi': 'Nhân dân đoàn kết.' });
    await frozen(documentId);
    const open = async (title: string) => {
      const response = await asUser(server, secretary, `/api/documents/${documentId}/rounds`, {
        method: 'POST',
        body: JSON.stringify({ title, organizationIds: [phuNu], deadline: Date.now() + DAY }),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { draftNumber: number };
    };
    expect(await open('Lấy ý kiến lần 1')).toMatchObject({ draftNumber: 1 });
    expect((await list(documentId)).versions.map((v) => v.label)).toEqual(['Dự thảo lần 1']);
    // Revised since: the next round freezes lần 2.
    await writeSections(server, writer, documentId, { 'kho-khan': 'Kinh phí còn hạn hẹp.' });
    expect(await open('Lấy ý kiến lần 2')).toMatchObject({ draftNumber: 2 });
    expect((await list(documentId)).versions.map((v) => v.label)).toEqual(['Dự thảo lần 2', 'Dự thảo lần 1']);
  });

  it('a restore keeps the comment threads; one on a passage the restore removed is reported as on a removed passage', async () => {
    const documentId = await newDraft();
    await writeSections(server, writer, documentId, { 'thuan-loi': 'Nhân dân đoàn kết.' });
    await frozen(documentId);
    const content = await writeSections(server, writer, documentId, { 'kho-khan': 'Kinh phí còn hạn hẹp.' });
    const kept = await addThread(server, commenter, documentId, {
      anchor: anchorOn(content, 'Nhân dân đoàn kết'),
      kind: 'dong-y',
      body: 'Tán thành.',
    });
    const removed = await addThread(server, commenter, documentId, {
      anchor: anchorOn(content, 'Kinh phí còn hạn hẹp'),
      kind: 'sua-doi',
      body: 'Nêu rõ số kinh phí.',
    });
    expect((await asUser(server, secretary, `${versionsPath(documentId)}/1/restore`, { method: 'POST', body: '{}' })).status).toBe(200);

    const report = (await (await asUser(server, secretary, `/api/documents/${documentId}/feedback-report`)).json()) as {
      sections: { items: { threadId: string; passageDeleted: boolean }[] }[];
    };
    const items = new Map(report.sections.flatMap((section) => section.items).map((item) => [item.threadId, item.passageDeleted]));
    expect(items).toEqual(
      new Map([
        [kept.id, false],
        [removed.id, true],
      ]),
    );
  });

  it('the OpenAPI document lists the versions and adoption routes', async () => {
    const { paths } = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(paths['/api/documents/{id}/versions'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/documents/{id}/versions/{number}'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/documents/{id}/versions/{number}/restore'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/documents/{id}/versions/{number}/export.docx'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/documents/{id}/adoption'] ?? {}).sort()).toEqual(['delete', 'put']);
  });
});

import { CloseCode } from '@van-kien/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitForDoc } from '../support/providers.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

/** A7 is small: one required section with required subsections, and an optional last one. */
const TEMPLATE = 'bao-cao-tong-hop-y-kien-gop-y';

const sectionsOf = (doc: Y.Doc) =>
  doc
    .getXmlFragment('content')
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'section');
const first = (doc: Y.Doc) => sectionsOf(doc)[0]!;
const statusOf = (doc: Y.Doc) => first(doc).getAttribute('status');

describe('the section workflow, enforced by the server', () => {
  let server: TestServer;
  let ward: WardFixture;
  let secretary: SignedInUser;
  let writer: SignedInUser;
  let chiBo: string;
  let counter = 0;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    chiBo = await ward.organization('Chi bộ số 4', 'chi_bo');
    secretary = await ward.person('bithu4', 'Bí thư Chi bộ 4', [[chiBo, 'head']]);
    writer = await ward.person('chiuy4', 'Chi ủy viên 4', [[chiBo, 'committee']]);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const newDocument = async () => {
    const response = await asUser(server, secretary, '/api/documents', {
      method: 'POST',
      body: JSON.stringify({ templateId: TEMPLATE, fields: { chiBo: `Số ${++counter}` }, organizationId: chiBo }),
    });
    return ((await response.json()) as { id: string }).id;
  };
  const open = async (user: SignedInUser, documentId: string) => {
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: user.cookie });
    client.hello();
    await client.sync();
    return client;
  };
  const storedContent = async (documentId: string) => {
    const reader = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await reader.sync();
    reader.close();
    return reader.doc;
  };
  const events = async (documentId: string) =>
    (
      (await (await asUser(server, secretary, `/api/documents/${documentId}/section-events`)).json()) as {
        field: string;
        value: string;
        actorId: string;
      }[]
    )
      .filter((e) => e.field === 'status')
      .map(({ value, actorId }) => ({ value, actorId }))
      .reverse();

  it('[S-FLOW-1] lets an editor move a section to Đang soạn and Chờ duyệt, and puts back the Đã duyệt they set', async () => {
    const documentId = await newDocument();
    const editor = await open(writer, documentId);
    const watcher = await open(secretary, documentId);
    editor.edit((doc) => first(doc).setAttribute('status', 'dang-soan'));
    editor.edit((doc) => first(doc).setAttribute('status', 'cho-duyet'));
    await editor.allSaved();
    const repaired = server.logs.waitFor('section changes refused and repaired', (r) => r.documentId === documentId);
    editor.edit((doc) => first(doc).setAttribute('status', 'da-duyet'));
    await repaired;
    // Every replica, the editor's too, converges on the status before the refused change.
    await waitForDoc(editor.doc, (doc) => statusOf(doc) === 'cho-duyet');
    await waitForDoc(watcher.doc, (doc) => statusOf(doc) === 'cho-duyet');
    editor.close();
    watcher.close();
    expect(statusOf(await storedContent(documentId))).toBe('cho-duyet');
    expect(await events(documentId)).toEqual([
      { value: 'dang-soan', actorId: writer.id },
      { value: 'cho-duyet', actorId: writer.id },
    ]);
  });

  it('[S-FLOW-1] lets the owner approve, and keeps the approval when an editor tries to clear it', async () => {
    const documentId = await newDocument();
    const owner = await open(secretary, documentId);
    owner.edit((doc) => first(doc).setAttribute('status', 'da-duyet'));
    await owner.allSaved();
    const editor = await open(writer, documentId);
    expect(statusOf(editor.doc)).toBe('da-duyet');
    const repaired = server.logs.waitFor('section changes refused and repaired', (r) => r.documentId === documentId);
    editor.edit((doc) => first(doc).setAttribute('status', 'dang-soan'));
    await repaired;
    await waitForDoc(editor.doc, (doc) => statusOf(doc) === 'da-duyet');
    await waitForDoc(owner.doc, (doc) => statusOf(doc) === 'da-duyet');
    expect(await events(documentId)).toEqual([{ value: 'da-duyet', actorId: secretary.id }]);
    editor.close();
    owner.close();
  });

  it('[S-FLOW-1] keeps an approval that an offline editor’s older status change raced with, and the rest of their work', async () => {
    const documentId = await newDocument();
    const editor = await open(writer, documentId);
    editor.close();
    await editor.closed;
    // Offline, the editor writes and asks for review; meanwhile the owner approves.
    editor.doc.transact(() => {
      first(editor.doc).setAttribute('status', 'cho-duyet');
      (first(editor.doc).get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Viết khi mất mạng.')]);
    });
    const owner = await open(secretary, documentId);
    owner.edit((doc) => first(doc).setAttribute('status', 'da-duyet'));
    await owner.allSaved();
    const back = await open(writer, documentId);
    back.edit((doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor.doc)));
    await back.allSaved();
    await waitForDoc(back.doc, (doc) => statusOf(doc) === 'da-duyet');
    await waitForDoc(owner.doc, (doc) => statusOf(doc) === 'da-duyet' && first(doc).toString().includes('Viết khi mất mạng.'));
    back.close();
    owner.close();
  });

  it('[S-FLOW-1] puts back the title and numbering a crafted client changed, and a status that is not one', async () => {
    const documentId = await newDocument();
    const crafted = await open(writer, documentId);
    const title = first(crafted.doc).getAttribute('title');
    const repaired = server.logs.waitFor('section changes refused and repaired', (r) => r.documentId === documentId);
    crafted.edit((doc) => {
      first(doc).setAttribute('title', 'Tiêu đề tự đặt');
      first(doc).setAttribute('numbering', 'none');
      sectionsOf(doc)[1]!.setAttribute('status', 'xong-roi');
    });
    await repaired;
    await waitForDoc(
      crafted.doc,
      (doc) => first(doc).getAttribute('title') === title && sectionsOf(doc)[1]!.getAttribute('status') === 'chua-viet',
    );
    crafted.close();
    const stored = await storedContent(documentId);
    expect(first(stored).getAttribute('title')).toBe(title);
    expect(first(stored).getAttribute('numbering')).not.toBe('none');
    expect(sectionsOf(stored)[1]!.getAttribute('status')).toBe('chua-viet');
  });

  it('[S-FLOW-1] makes a new section an editor inserts already approved a draft', async () => {
    const documentId = await newDocument();
    const crafted = await open(writer, documentId);
    const repaired = server.logs.waitFor('section changes refused and repaired', (r) => r.documentId === documentId);
    crafted.edit((doc) => {
      const section = new Y.XmlElement('section');
      section.setAttribute('sectionId', 'tu-them');
      section.setAttribute('title', 'Mục tự thêm');
      section.setAttribute('status', 'da-duyet');
      doc.getXmlFragment('content').push([section]);
    });
    await repaired;
    await waitForDoc(crafted.doc, (doc) => sectionsOf(doc).at(-1)!.getAttribute('status') === 'dang-soan');
    crafted.close();
  });

  it('[S-STRUCT-1] refuses, whole, an update that deletes a required section, and closes the crafted connection', async () => {
    const documentId = await newDocument();
    const bystander = await open(secretary, documentId);
    const crafted = await open(writer, documentId);
    const before = sectionsOf(crafted.doc).map((s) => s.getAttribute('sectionId'));
    crafted.edit((doc) => {
      (sectionsOf(doc)[1]!.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('đi cùng việc xóa')]);
      doc.getXmlFragment('content').delete(0, 1);
    });
    expect((await crafted.closed).code).toBe(CloseCode.InvalidUpdate);
    const stored = await storedContent(documentId);
    expect(sectionsOf(stored).map((s) => s.getAttribute('sectionId'))).toEqual(before);
    expect(stored.getXmlFragment('content').toString()).not.toContain('đi cùng việc xóa');
    // Deleting the text inside it, an optional section, or re-making a required one are edits.
    const editor = await open(writer, documentId);
    const optional = sectionsOf(editor.doc).findIndex((s) => (s.getAttribute('required') as unknown) === false);
    expect(optional).toBeGreaterThan(0);
    editor.edit((doc) => doc.getXmlFragment('content').delete(optional, 1));
    // As y-prosemirror may rewrite a node: the required "Nhận xét chung" deleted and made anew.
    editor.edit((doc) => {
      const original = sectionsOf(doc)[1]!;
      const remade = new Y.XmlElement('section');
      for (const [key, value] of Object.entries(original.getAttributes())) remade.setAttribute(key, value as string);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Viết lại cả mục.')]);
      remade.insert(0, [paragraph]);
      doc.getXmlFragment('content').delete(1, 1);
      doc.getXmlFragment('content').insert(1, [remade]);
    });
    await editor.allSaved();
    await waitForDoc(
      bystander.doc,
      (doc) => sectionsOf(doc).length === before.length - 1 && doc.getXmlFragment('content').toString().includes('Viết lại cả mục.'),
    );
    expect(sectionsOf(bystander.doc).map((s) => s.getAttribute('sectionId'))).toEqual(before.filter((_, i) => i !== optional));
    editor.close();
    bystander.close();
  });
});

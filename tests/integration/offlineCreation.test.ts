import { documentFromTemplate, documentOutline, readDocumentNode, writeDocumentJson } from '@van-kien/schema';
import { findTemplate, type Template } from '@van-kien/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

const TEMPLATE_ID = 'bao-cao-chinh-tri-chi-bo';

/** A fresh id as a browser makes it: 21 lower-case letters and digits. */
let idCounter = 0;
const clientId = () => `offline${String(++idCounter).padStart(14, '0')}`;

describe('documents created offline, registered with the id the browser chose', () => {
  let server: TestServer;
  let chiBo: string;
  let secretary: SignedInUser;
  let partyMember: SignedInUser;
  let template: Template;
  beforeAll(async () => {
    server = await startTestServer();
    const ward = new WardFixture(server);
    chiBo = await ward.organization('Chi bộ Khu phố 3', 'chi_bo');
    secretary = await ward.person('bithu3', 'Nguyễn Văn Bình', [[chiBo, 'head']]);
    partyMember = await ward.person('tuan.dv', 'Đặng Minh Tuấn', [[chiBo, 'member']]);
    template = findTemplate(TEMPLATE_ID)!;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const register = (user: SignedInUser, body: object) =>
    asUser(server, user, '/api/documents', { method: 'POST', body: JSON.stringify(body) });
  const listOf = async (user: SignedInUser) =>
    ((await (await asUser(server, user, '/api/documents')).json()) as { id: string }[]).map((d) => d.id);
  /** The section titles stored on the server, in document order. */
  const storedSections = async (user: SignedInUser, documentId: string) => {
    const reader = await RawSyncClient.connect(server.wsBase, documentId, { cookie: user.cookie });
    await reader.sync();
    const titles = documentOutline(readDocumentNode(reader.doc)).map((entry) => entry.title);
    reader.close();
    return titles;
  };
  const templateTitles = () => {
    const titles: string[] = [];
    const walk = (sections: Template['sections']): void => {
      for (const s of sections) {
        titles.push(s.title);
        walk(s.children);
      }
    };
    walk(template.sections);
    return titles;
  };

  it('the server makes no content of its own for it: the sections the browser built arrive through sync, once', async () => {
    const id = clientId();
    const response = await register(secretary, {
      id,
      templateId: TEMPLATE_ID,
      templateVersion: 1,
      fields: { chiBo: 'Khu phố 3' },
      organizationId: chiBo,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      id,
      templateId: TEMPLATE_ID,
      templateVersion: 1,
      organizationId: chiBo,
      createdBy: secretary.id,
      role: 'owner',
    });
    expect(await storedSections(secretary, id)).toEqual([]);

    // The browser's own copy, built offline from the same template, reaches the server as sync.
    const browser = await RawSyncClient.connect(server.wsBase, id, { cookie: secretary.cookie });
    browser.hello();
    await browser.sync();
    let sectionNumber = 0;
    browser.edit((doc) =>
      writeDocumentJson(
        doc,
        documentFromTemplate(template, () => `muc${++sectionNumber}`),
      ),
    );
    await browser.allSaved();
    browser.close();

    expect(await storedSections(partyMember, id)).toEqual(templateTitles());
    expect(await listOf(partyMember)).toContain(id);
  });

  it('the same create sent again by the same person answers 200 with the same document, listed once', async () => {
    const id = clientId();
    const body = { id, title: 'Nghị quyết Đại hội Chi bộ', organizationId: chiBo };
    const first = await register(secretary, body);
    expect(first.status).toBe(201);
    const again = await register(secretary, body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect((await listOf(secretary)).filter((listed) => listed === id)).toHaveLength(1);
  });

  it('two identical creates at once make one document: one answers 201, the other 200', async () => {
    const id = clientId();
    const body = { id, templateId: TEMPLATE_ID, organizationId: chiBo };
    const statuses = (await Promise.all([register(secretary, body), register(secretary, body)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 201]);
    expect((await listOf(secretary)).filter((listed) => listed === id)).toHaveLength(1);
    expect(await storedSections(secretary, id)).toEqual([]);
  });

  it('an id someone else created answers 409 and leaves their document as it was', async () => {
    const id = clientId();
    expect((await register(secretary, { id, title: 'Biên bản Đại hội', organizationId: chiBo })).status).toBe(201);
    const taken = await register(partyMember, { id, title: 'Của tôi' });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toEqual({
      error: { code: 'document_id_taken', field: 'id', message: 'Mã văn bản này đã thuộc về một văn bản khác' },
    });
    const stored = (await (await asUser(server, secretary, `/api/documents/${id}`)).json()) as { title: string; createdBy: string };
    expect(stored).toMatchObject({ title: 'Biên bản Đại hội', createdBy: secretary.id });
  });

  it('refuses an id that is not 21 lower-case letters and digits, creating nothing', async () => {
    const before = await listOf(secretary);
    for (const id of ['ABCDEFGHIJKLMNOPQRSTU', 'short', `${'a'.repeat(20)}/`, 'a'.repeat(22), '../../../../etc/passwd', 42]) {
      const response = await register(secretary, { id, title: 'Dự thảo' });
      expect(response.status, String(id)).toBe(400);
      const message = typeof id === 'number' ? 'Mã không hợp lệ' : 'Mã phải gồm 21 chữ cái thường và chữ số';
      expect(await response.json()).toEqual({ error: { code: 'invalid_input', field: 'id', message } });
    }
    expect(await listOf(secretary)).toEqual(before);
  });

  it('a chosen id passes the same checks as any create: committee only, an existing template', async () => {
    const forbidden = clientId();
    expect((await register(partyMember, { id: forbidden, title: 'Dự thảo', organizationId: chiBo })).status).toBe(403);
    const unknownTemplate = clientId();
    expect((await register(secretary, { id: unknownTemplate, templateId: 'khong-co' })).status).toBe(404);
    for (const id of [forbidden, unknownTemplate]) expect((await asUser(server, secretary, `/api/documents/${id}`)).status).toBe(404);
    // Nothing was reserved: the id is still free for a create that may be made.
    expect((await register(secretary, { id: forbidden, title: 'Dự thảo', organizationId: chiBo })).status).toBe(201);
  });
});

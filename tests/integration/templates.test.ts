import { documentOutline, documentSchema, readDocumentNode } from '@van-kien/schema';
import { builtInTemplates, findTemplate } from '@van-kien/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, WardFixture } from '../support/ward.js';

describe('documents built from the directive’s templates', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const createFrom = async (body: object) => {
    const response = await api(server, '/api/documents', { method: 'POST', body: JSON.stringify(body) });
    return {
      status: response.status,
      body: (await response.json()) as {
        id: string;
        title: string;
        templateId: string | null;
        templateVersion: number | null;
        error?: string;
      },
    };
  };
  const contentOf = async (documentId: string) => {
    const client = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await client.sync();
    const node = readDocumentNode(client.doc);
    client.close();
    return node;
  };

  it('lists every built-in template at its newest version', async () => {
    const listed = (await (await api(server, '/api/templates')).json()) as { id: string; version: number; fields: unknown[] }[];
    expect(listed.map((t) => t.id).sort()).toEqual(
      builtInTemplates()
        .map((t) => t.id)
        .sort(),
    );
    expect(listed.every((t) => t.version === 1 && Array.isArray(t.fields))).toBe(true);
  });

  it.each(builtInTemplates().map((t) => [t.id] as const))(
    '%s: a document made on the server is laid out by the template, valid in the shared schema',
    async (templateId) => {
      const template = findTemplate(templateId)!;
      const { status, body } = await createFrom({ templateId, fields: { chiBo: 'Khu dân cư số 3', ward: 'Ô Chợ Dừa' } });
      expect(status).toBe(201);
      expect(body).toMatchObject({ templateId, templateVersion: 1 });
      const node = await contentOf(body.id);
      documentSchema().nodeFromJSON(node.toJSON()).check();
      const titles = documentOutline(node).map((e) => e.title);
      const expected: string[] = [];
      const walk = (sections: typeof template.sections): void => {
        for (const s of sections) {
          expected.push(s.title);
          walk(s.children);
        }
      };
      walk(template.sections);
      expect(titles).toEqual(expected);
    },
  );

  it('fills the document title from the fields, with the field defaults', async () => {
    const { body } = await createFrom({ templateId: 'bao-cao-chinh-tri-chi-bo', fields: { chiBo: 'Khu dân cư số 3' } });
    expect(body.title).toContain('Khu dân cư số 3');
    expect(body.title).toContain('2025-2027');
  });

  it('refuses an unknown template and a plain document without a title, creating nothing', async () => {
    const before = ((await (await api(server, '/api/documents')).json()) as unknown[]).length;
    expect(await createFrom({ templateId: 'khong-co' })).toMatchObject({
      status: 404,
      body: { error: { code: 'template_not_found', field: 'templateId', message: 'Không tìm thấy mẫu văn bản' } },
    });
    expect(await createFrom({})).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input', field: 'title', message: 'Tên văn bản không được để trống' } },
    });
    expect(((await (await api(server, '/api/documents')).json()) as unknown[]).length).toBe(before);
  });

  it('an administrator publishes a changed copy as the next version; documents made before keep their layout', async () => {
    const { body: before } = await createFrom({ templateId: 'bao-cao-kiem-diem-chi-uy', fields: { chiBo: 'Số 5' } });
    const original = findTemplate('bao-cao-kiem-diem-chi-uy')!;
    const changed = structuredClone(original) as unknown as { sections: { title: string; guidance: string }[] };
    changed.sections = changed.sections.slice(0, 2);
    changed.sections[0]!.title = 'Ưu điểm (theo đề cương gợi ý của cấp trên)';
    const published = await api(server, '/api/templates', { method: 'POST', body: JSON.stringify(changed) });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ id: 'bao-cao-kiem-diem-chi-uy', version: 2 });

    const { body: after } = await createFrom({ templateId: 'bao-cao-kiem-diem-chi-uy', fields: { chiBo: 'Số 5' } });
    expect(after.templateVersion).toBe(2);
    expect(documentOutline(await contentOf(after.id)).map((e) => e.title)[0]).toBe('Ưu điểm (theo đề cương gợi ý của cấp trên)');
    expect(documentOutline(await contentOf(before.id))[0]!.title).toBe(original.sections[0]!.title);
    const listed = (await (await api(server, '/api/templates')).json()) as { id: string; version: number }[];
    expect(listed.find((t) => t.id === 'bao-cao-kiem-diem-chi-uy')?.version).toBe(2);
  });

  it('keeps the progress of a template document for lists and the dashboard as people write', async () => {
    const { body } = await createFrom({ templateId: 'bao-cao-chinh-tri-chi-bo', fields: { chiBo: 'Số 8' } });
    const initial = (await (await api(server, `/api/documents/${body.id}`)).json()) as {
      summary: { sectionsWithContent: number; sections: number };
    };
    expect(initial.summary.sectionsWithContent).toBe(0);
    expect(initial.summary.sections).toBeGreaterThan(30);
    const writer = await RawSyncClient.connect(server.wsBase, body.id, server.adminToken);
    writer.hello();
    await writer.sync();
    const summarized = server.logs.waitFor('document summarized', (r) => r.documentId === body.id);
    writer.edit((doc) => {
      const firstSection = doc.getXmlFragment('content').get(0) as Y.XmlElement;
      const paragraph = firstSection.get(0) as Y.XmlElement;
      paragraph.insert(0, [new Y.XmlText('Chi bộ có 45 đảng viên, sinh hoạt tại 3 tổ đảng.')]);
    });
    await writer.allSaved();
    await summarized;
    const after = (await (await api(server, `/api/documents/${body.id}`)).json()) as {
      summary: { sectionsWithContent: number; sections: number; statuses: Record<string, number> };
    };
    expect(after.summary.sectionsWithContent).toBe(1);
    expect(after.summary.statuses['chua-viet']).toBe(after.summary.sections);
    writer.close();
  });

  it('records who assigned a section and changed its status, and when', async () => {
    const ward = new WardFixture(server);
    const chiBo = await ward.organization('Chi bộ số 11', 'chi_bo');
    const secretary = await ward.person('bithu11', 'Bí thư 11', [[chiBo, 'head']]);
    const { body } = await createFrom({ templateId: 'bao-cao-chinh-tri-chi-bo', fields: { chiBo: 'Số 11' }, organizationId: chiBo });
    const client = await RawSyncClient.connect(server.wsBase, body.id, { cookie: secretary.cookie });
    client.hello();
    await client.sync();
    const recorded = server.logs.waitFor('section changes recorded', (r) => r.documentId === body.id);
    let sectionId = '';
    client.edit((doc) => {
      const section = doc.getXmlFragment('content').get(0) as Y.XmlElement;
      sectionId = section.getAttribute('sectionId') as string;
      section.setAttribute('assignee', 'Trần Thị Bình');
      section.setAttribute('status', 'dang-soan');
    });
    await client.allSaved();
    await recorded;
    const events = (await (await asUser(server, secretary, `/api/documents/${body.id}/section-events`)).json()) as {
      field: string;
      value: string;
      actorId: string;
      sectionId: string;
    }[];
    expect(
      events
        .map(({ field, value, actorId, sectionId: id }) => ({ field, value, actorId, id }))
        .sort((a, b) => a.field.localeCompare(b.field)),
    ).toEqual([
      { field: 'assignee', value: 'Trần Thị Bình', actorId: secretary.id, id: sectionId },
      { field: 'status', value: 'dang-soan', actorId: secretary.id, id: sectionId },
    ]);
    client.close();
    const outsider = await ward.person('ngoai11', 'Người ngoài');
    expect((await asUser(server, outsider, `/api/documents/${body.id}/section-events`)).status).toBe(404);
  });

  it('refuses a broken template with a message naming the field, and lets only administrators publish', async () => {
    const broken = structuredClone(findTemplate('bang-chi-tieu')!) as unknown as { sections: { guidance: string }[] };
    broken.sections[0]!.guidance = '';
    const refused = await api(server, '/api/templates', { method: 'POST', body: JSON.stringify(broken) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'template_invalid',
      message: expect.stringMatching(/sections\[0\]\.guidance/),
    });

    const person = await new WardFixture(server).person('bientap9', 'Biên tập');
    expect(
      (await asUser(server, person, '/api/templates', { method: 'POST', body: JSON.stringify(findTemplate('bang-chi-tieu')) })).status,
    ).toBe(403);
  });
});

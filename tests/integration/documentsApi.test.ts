import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api as authedApi, startTestServer, type TestServer } from '../support/testServer.js';

describe('documents HTTP API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.dispose();
  });

  const api = (path: string, init?: RequestInit) => authedApi(server, path, init);

  it('answers /health', async () => {
    const response = await api('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('creates a document with 201 and its id, then lists and reads it', async () => {
    const created = await api('/api/documents', { method: 'POST', body: JSON.stringify({ title: '  Báo cáo chính trị Chi bộ 5  ' }) });
    expect(created.status).toBe(201);
    const { id, title } = (await created.json()) as { id: string; title: string };
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    expect(title).toBe('Báo cáo chính trị Chi bộ 5');
    expect(created.headers.get('location')).toBe(`/api/documents/${id}`);

    const list = (await (await api('/api/documents')).json()) as { id: string }[];
    expect(list.map((d) => d.id)).toContain(id);
    expect(await (await api(`/api/documents/${id}`)).json()).toMatchObject({ id, title: 'Báo cáo chính trị Chi bộ 5' });
  });

  it('renames a document', async () => {
    const { id } = (await (await api('/api/documents', { method: 'POST', body: JSON.stringify({ title: 'Dự thảo' }) })).json()) as {
      id: string;
    };
    const renamed = await api(`/api/documents/${id}`, { method: 'PATCH', body: JSON.stringify({ title: 'Dự thảo lần 2' }) });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ id, title: 'Dự thảo lần 2' });
    expect(await (await api(`/api/documents/${id}`)).json()).toMatchObject({ title: 'Dự thảo lần 2' });
  });

  it.each([
    ['no JSON', 'not json', { code: 'malformed_json', message: 'Yêu cầu không hợp lệ' }],
    ['a missing title', '{}', { code: 'invalid_input', field: 'title', message: 'Tên văn bản không được để trống' }],
    ['an empty title', '{"title":"   "}', { code: 'invalid_input', field: 'title', message: 'Tên văn bản không được để trống' }],
    [
      'an overlong title',
      JSON.stringify({ title: 'x'.repeat(201) }),
      { code: 'invalid_input', field: 'title', message: 'Tên văn bản không được dài quá 200 ký tự' },
    ],
  ])('refuses to create a document from %s with 400, a clear message, and creates nothing', async (_case, body, message) => {
    const before = ((await (await api('/api/documents')).json()) as unknown[]).length;
    const response = await api('/api/documents', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: message });
    expect(((await (await api('/api/documents')).json()) as unknown[]).length).toBe(before);
  });

  it('answers 404 for a document that does not exist, on read and rename', async () => {
    expect((await api('/api/documents/nope')).status).toBe(404);
    const rename = await api('/api/documents/nope', { method: 'PATCH', body: JSON.stringify({ title: 'x' }) });
    expect(rename.status).toBe(404);
    expect(await rename.json()).toEqual({ error: { code: 'document_not_found', message: 'Không tìm thấy văn bản' } });
  });

  it('leaves a bad rename without effect', async () => {
    const { id } = (await (await api('/api/documents', { method: 'POST', body: JSON.stringify({ title: 'Giữ nguyên' }) })).json()) as {
      id: string;
    };
    expect((await api(`/api/documents/${id}`, { method: 'PATCH', body: '{"title":""}' })).status).toBe(400);
    expect(await (await api(`/api/documents/${id}`)).json()).toMatchObject({ title: 'Giữ nguyên' });
  });
});

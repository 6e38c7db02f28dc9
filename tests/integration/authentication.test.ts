import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES } from '@van-kien/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { runAdminCli } from '../support/adminCli.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, WardFixture } from '../support/ward.js';

describe('signing in, sessions and tokens', () => {
  let server: TestServer;
  let ward: WardFixture;
  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    });

  it('signs in with a password and sets an HttpOnly, SameSite session cookie (Secure behind TLS only)', async () => {
    await ward.person('lan', 'Nguyễn Thị Lan');
    const response = await login('lan', 'mat-khau-du-8-ky-tu');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { username: 'lan', displayName: 'Nguyễn Thị Lan', isAdmin: false } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^vk_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(await me.json()).toMatchObject({ username: 'lan', memberships: [] });
  });

  it('refuses a wrong password with 401, and audits it', async () => {
    await ward.person('binh', 'Trần Văn Bình');
    const response = await login('binh', 'sai-mat-khau');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'bad_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu' } });
    const audit = (await (await api(server, '/api/audit')).json()) as { action: string; target: string }[];
    expect(audit.some((e) => e.action === 'sign-in.failed' && e.target === 'binh')).toBe(true);
  });

  it('limits failed sign-ins per account: the sixth attempt is refused with 429 even with the right password', async () => {
    await ward.person('cuong', 'Lê Văn Cường');
    for (let i = 0; i < 5; i++) expect((await login('cuong', `sai-${i}-mat-khau`)).status).toBe(401);
    const limited = await login('cuong', 'mat-khau-du-8-ky-tu');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const audit = (await (await api(server, '/api/audit')).json()) as { action: string; target: string }[];
    expect(audit.some((e) => e.action === 'sign-in.refused' && e.target === 'cuong')).toBe(true);
  });

  it('signs out: the session no longer works', async () => {
    const person = await ward.person('dung', 'Phạm Thị Dung');
    expect((await asUser(server, person, '/api/auth/me')).status).toBe(200);
    expect((await asUser(server, person, '/api/auth/logout', { method: 'POST', body: '{}' })).status).toBe(204);
    expect((await asUser(server, person, '/api/auth/me')).status).toBe(401);
  });

  it('changing one’s password signs out the other sessions and keeps this one', async () => {
    const person = await ward.person('emhv', 'Hoàng Văn Em');
    const otherSession = { ...person, cookie: await ward.signIn('emhv') };
    const changed = await asUser(server, person, '/api/auth/password', {
      method: 'POST',
      body: JSON.stringify({ currentPassword: 'mat-khau-du-8-ky-tu', newPassword: 'mat-khau-moi-rat-dai' }),
    });
    expect(changed.status).toBe(204);
    expect((await asUser(server, person, '/api/auth/me')).status).toBe(200);
    expect((await asUser(server, otherSession, '/api/auth/me')).status).toBe(401);
    expect((await login('emhv', 'mat-khau-moi-rat-dai')).status).toBe(200);
  });

  it('a cookie-authenticated change that is not JSON is refused (CSRF)', async () => {
    const person = await ward.person('giang', 'Vũ Thị Giang');
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { cookie: person.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    });
    expect(response.status).toBe(403);
  });

  it('accepts an API token as Bearer on HTTP and as ?token= or Bearer on the WebSocket, and never logs it', async () => {
    const person = await ward.person('hai', 'Đặng Văn Hải');
    const created = await asUser(server, person, '/api/tokens', { method: 'POST', body: JSON.stringify({ name: 'tập lệnh' }) });
    const { token } = (await created.json()) as { token: string };
    expect((await api(server, '/api/auth/me', { token })).status).toBe(200);
    const documentId = await createDocument(server, 'Của Hải', { token });
    const viaQuery = await RawSyncClient.connect(server.wsBase, documentId, token);
    await viaQuery.sync();
    const viaHeader = new WebSocket(`${server.wsBase}/${documentId}`, { headers: { authorization: `Bearer ${token}` } });
    const firstFrame = await new Promise<Buffer>((resolve) => viaHeader.once('message', resolve));
    expect(firstFrame[0]).toBe(0);
    viaHeader.close();
    viaQuery.close();
    expect(JSON.stringify(server.logs.records)).not.toContain(token);
  });

  it('[S-AUTH-1] an unauthenticated socket gets 4401 and no document data; what it may send before is bounded', async () => {
    const documentId = await createDocument(server, 'Kín');
    const anonymous = await RawSyncClient.connect(server.wsBase, documentId, null);
    expect((await anonymous.closed).code).toBe(4401);
    expect(anonymous.frames).toEqual([]);

    const flooding = await RawSyncClient.connect(server.wsBase, documentId, null);
    for (let i = 0; i < 40; i++) flooding.send(new Uint8Array(4096));
    expect([4401, 4413]).toContain((await flooding.closed).code);
    expect(flooding.frames).toEqual([]);
  });

  it('a page on another site cannot use the session cookie to open a socket', async () => {
    const person = await ward.person('khanh', 'Bùi Văn Khánh');
    const documentId = await createDocument(server, 'Của Khánh', {
      token: ((await (await asUser(server, person, '/api/tokens', { method: 'POST', body: '{"name":"x"}' })).json()) as { token: string })
        .token,
    });
    const socket = new WebSocket(`${server.wsBase}/${documentId}`, { headers: { cookie: person.cookie, origin: 'https://evil.example' } });
    const code = await new Promise<number>((resolve) => socket.once('close', resolve));
    expect(code).toBe(4401);
    // Sandboxed frames and some redirects send the opaque origin "null".
    const opaque = new WebSocket(`${server.wsBase}/${documentId}`, { headers: { cookie: person.cookie, origin: 'null' } });
    expect(await new Promise<number>((resolve) => opaque.once('close', resolve))).toBe(4401);
    const sameSite = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    await sameSite.sync();
    sameSite.close();
  });

  it('invite links create an account with a preset organization role, once, until they expire', async () => {
    const chiBo = await ward.organization('Chi bộ 9', 'chi_bo');
    const created = await api(server, '/api/invites', {
      method: 'POST',
      body: JSON.stringify({ organizationId: chiBo, role: 'committee', validForHours: 1 }),
    });
    expect(created.status).toBe(201);
    const { token, path } = (await created.json()) as { token: string; path: string };
    expect(path).toBe(`/invite/${token}`);
    expect(await (await fetch(`${server.url}/api/invites/${token}`)).json()).toMatchObject({
      organization: { id: chiBo, name: 'Chi bộ 9' },
      role: 'committee',
    });
    const accepted = await fetch(`${server.url}/api/invites/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chiuy9', displayName: 'Chi ủy viên 9', password: 'mat-khau-chi-uy' }),
    });
    expect(accepted.status).toBe(201);
    const cookie = accepted.headers.get('set-cookie')!.split(';')[0]!;
    expect(await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()).toMatchObject({
      username: 'chiuy9',
      memberships: [{ organizationId: chiBo, role: 'committee', organizationKind: 'chi_bo' }],
    });
    const again = await fetch(`${server.url}/api/invites/${token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chiuy9b', displayName: 'Người thứ hai', password: 'mat-khau-chi-uy' }),
    });
    expect(again.status).toBe(404);
    expect((await api(server, '/api/users').then((r) => r.json())) as { username: string }[]).not.toContainEqual(
      expect.objectContaining({ username: 'chiuy9b' }),
    );
  });

  it('gives an invite link to exactly one of two people who accept it at the same moment', async () => {
    const chiBo = await ward.organization('Chi bộ 10', 'chi_bo');
    const created = await api(server, '/api/invites', {
      method: 'POST',
      body: JSON.stringify({ organizationId: chiBo, role: 'member', validForHours: 1 }),
    });
    const { token } = (await created.json()) as { token: string };
    const accept = (username: string) =>
      fetch(`${server.url}/api/invites/${token}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, displayName: username, password: 'mat-khau-dang-vien' }),
      });
    const statuses = (await Promise.all([accept('dangvien10a'), accept('dangvien10b')])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 404]);
    const usernames = ((await api(server, '/api/users').then((r) => r.json())) as { username: string }[]).map((u) => u.username);
    expect(usernames.filter((u) => u.startsWith('dangvien10'))).toHaveLength(1);
  });

  it('refuses forged cookies, revoked tokens, expired invites and oversized bodies, changing nothing', async () => {
    expect(
      (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: 'vk_session=forged-value-that-was-never-issued-by-us' } })).status,
    ).toBe(401);

    const person = await ward.person('thuhoi', 'Người thu hồi');
    const { id, token } = (await (await asUser(server, person, '/api/tokens', { method: 'POST', body: '{"name":"tạm"}' })).json()) as {
      id: string;
      token: string;
    };
    expect((await api(server, '/api/auth/me', { token })).status).toBe(200);
    expect((await asUser(server, person, `/api/tokens/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(server, '/api/auth/me', { token })).status).toBe(401);

    const admin = (await server.accounts.getUserByUsername('quantri'))!;
    const organization = await ward.organization('Chi bộ hết hạn', 'chi_bo');
    const expired = await server.auth.createInvite(admin, organization, 'member', -1);
    expect((await fetch(`${server.url}/api/invites/${expired.token}`)).status).toBe(404);
    const accept = await fetch(`${server.url}/api/invites/${expired.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hethan1', displayName: 'Hết hạn', password: 'mat-khau-het-han' }),
    });
    expect(accept.status).toBe(404);
    expect(await server.accounts.getUserByUsername('hethan1')).toBeUndefined();

    const before = ((await (await api(server, '/api/documents')).json()) as unknown[]).length;
    // Sent on its own connection: the server answers before reading the whole body and closes it.
    const huge = await postOnOwnConnection(
      `${server.url}/api/documents`,
      server.adminToken,
      JSON.stringify({ title: 'x', padding: 'y'.repeat(2 * 1024 * 1024) }),
    );
    expect(huge).toEqual({ status: 413, body: { error: { code: 'body_too_large', message: 'Nội dung gửi lên quá lớn' } } });
    expect(((await (await api(server, '/api/documents')).json()) as unknown[]).length).toBe(before);
  });

  it('a token used on a document it does not cover gets 404 on HTTP and on the socket, as if there were none', async () => {
    const owner = await ward.person('chu1', 'Chủ văn bản');
    const other = await ward.person('khac1', 'Người khác');
    const ownerToken = (
      (await (await asUser(server, owner, '/api/tokens', { method: 'POST', body: '{"name":"a"}' })).json()) as { token: string }
    ).token;
    const otherToken = (
      (await (await asUser(server, other, '/api/tokens', { method: 'POST', body: '{"name":"b"}' })).json()) as { token: string }
    ).token;
    const documentId = await createDocument(server, 'Riêng của chủ', { token: ownerToken });
    const read = await api(server, `/api/documents/${documentId}`, { token: otherToken });
    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ error: { code: 'document_not_found', message: 'Không tìm thấy văn bản' } });
    const socket = await RawSyncClient.connect(server.wsBase, documentId, otherToken);
    expect((await socket.closed).code).toBe(4404);
    expect(socket.frames).toEqual([]);
  });

  it('only administrators manage accounts, organizations, invites and the audit log', async () => {
    const person = await ward.person('thuong', 'Người thường');
    for (const [method, path, body] of [
      ['GET', '/api/users', undefined],
      ['POST', '/api/users', { username: 'x123', displayName: 'x' }],
      ['POST', '/api/organizations', { name: 'x', kind: 'chi_bo' }],
      ['POST', '/api/invites', { organizationId: 'x', role: 'member' }],
      ['GET', '/api/audit', undefined],
    ] as const) {
      const response = await asUser(server, person, path, { method, ...(body ? { body: JSON.stringify(body) } : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });

  it('serves an OpenAPI description that documents every API route', async () => {
    const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(spec.openapi).toBe('3.1.0');
    const documented = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const route of [
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'POST /api/auth/password',
      'GET /api/documents',
      'POST /api/documents',
      'GET /api/documents/{id}',
      'PATCH /api/documents/{id}',
      'GET /api/documents/{id}/grants',
      'PUT /api/documents/{id}/grants',
      'DELETE /api/documents/{id}/grants/{principalType}/{principalId}',
      'GET /api/users',
      'POST /api/users',
      'POST /api/users/{id}/password-reset',
      'GET /api/organizations',
      'POST /api/organizations',
      'GET /api/organizations/{id}/members',
      'POST /api/organizations/{id}/members',
      'DELETE /api/organizations/{id}/members/{userId}/{role}',
      'POST /api/invites',
      'GET /api/invites/{token}',
      'POST /api/invites/{token}/accept',
      'GET /api/tokens',
      'POST /api/tokens',
      'DELETE /api/tokens/{id}',
      'GET /api/audit',
      'GET /api/documents/{documentId}/comments',
      'PUT /api/documents/{documentId}/comments/{threadId}',
      'PATCH /api/documents/{documentId}/comments/{threadId}',
      'DELETE /api/documents/{documentId}/comments/{threadId}',
      'PUT /api/documents/{documentId}/comments/{threadId}/replies/{replyId}',
      'PATCH /api/documents/{documentId}/comments/{threadId}/replies/{replyId}',
      'DELETE /api/documents/{documentId}/comments/{threadId}/replies/{replyId}',
      'POST /api/documents/{documentId}/comments/{threadId}/answer',
      'POST /api/documents/{documentId}/comments/{threadId}/resolve',
      'POST /api/documents/{documentId}/comments/{threadId}/reopen',
      'GET /api/documents/{documentId}/rounds',
      'POST /api/documents/{documentId}/rounds',
      'POST /api/documents/{documentId}/rounds/{roundId}/close',
      'GET /api/rounds',
      'GET /api/documents/{documentId}/feedback-report',
      'GET /api/notifications',
      'POST /api/notifications/read',
    ]) {
      expect(documented).toContain(route);
    }
  });
});

describe('the error contract', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a field left out, a wrong one, a route that does not exist and a body that is not JSON in one shape, in Vietnamese', async () => {
    const login = (body: string) =>
      fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await (await login('{"password":"x"}')).json()).toEqual({
      error: { code: 'invalid_input', field: 'username', message: 'Thiếu tên đăng nhập' },
    });
    expect(await (await login('{"username":7,"password":"x"}')).json()).toEqual({
      error: { code: 'invalid_input', field: 'username', message: 'Tên đăng nhập không hợp lệ' },
    });
    expect(await (await login('{')).json()).toEqual({ error: { code: 'malformed_json', message: 'Yêu cầu không hợp lệ' } });
    const missing = await fetch(`${server.url}/api/khong-co`);
    expect({ status: missing.status, body: await missing.json() }).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'Không tìm thấy' } },
    });
  });

  it('documents every refusal of every route with the one error body and its closed set of codes', async () => {
    const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>;
      components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
    };
    expect(spec.components.schemas.ApiError?.properties?.code?.enum).toEqual(ERROR_CODES);
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, { responses }] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) < 400) continue;
          expect(response.content?.['application/json']?.schema.$ref, `${method} ${path} ${status}`).toBe('#/components/schemas/ErrorBody');
        }
      }
    }
  });
});

describe('sign-in limits per address', () => {
  it('limits failed sign-ins per address across accounts', async () => {
    const server = await startTestServer();
    try {
      await new WardFixture(server).person('lan', 'Nguyễn Thị Lan');
      const login = (username: string, password: string, headers: Record<string, string> = {}) =>
        fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ username, password }),
        });
      // X-Forwarded-For is ignored: the server does not trust proxies unless told to.
      for (let i = 0; i < 20; i++)
        expect((await login(`khong-co-${i}`, 'sai-mat-khau', { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(401);
      expect((await login('lan', 'mat-khau-du-8-ky-tu')).status).toBe(429);
    } finally {
      await server.dispose();
    }
  });
});

describe('the admin CLI and the first start', () => {
  it('tells in the log how to create the first administrator, and `pnpm admin` does it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vk-first-'));
    const first = await startTestServerWithoutAdmin(dataDir);
    try {
      const hint = await first.logs.waitFor('no accounts yet');
      expect(hint.msg).toContain('pnpm admin user add');
      const added = await runAdminCli(dataDir, ['user', 'add', 'truongban', '--name', 'Trưởng ban', '--admin'], 'mat-khau-tu-stdin\n');
      expect(added).toMatchObject({ code: 0 });
      expect(added.stdout).not.toContain('password');
      const token = await runAdminCli(dataDir, ['token', 'create', 'truongban']);
      expect(token.code).toBe(0);
      expect(token.stdout.trim()).toMatch(/^[\w-]{43}$/);
      expect((await fetch(`${first.url}/api/auth/me`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } })).status).toBe(200);
      const signIn = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'truongban', password: 'mat-khau-tu-stdin' }),
      });
      expect(signIn.status).toBe(200);
      const generated = await runAdminCli(dataDir, ['user', 'add', 'thuky', '--name', 'Thư ký']);
      expect(generated.stdout).toMatch(/password: [\w-]{16}/);
      const bad = await runAdminCli(dataDir, ['member', 'add', 'no-such-org', 'thuky', '--role', 'member']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('no organization no-such-org');
    } finally {
      await first.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function startTestServerWithoutAdmin(dataDir: string) {
  const { createLogger, parseConfig, startServer } = await import('@van-kien/server');
  const { LogCapture } = await import('../support/testServer.js');
  const logs = new LogCapture();
  const config = parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  const running = await startServer(config, createLogger(config.logLevel, logs.stream));
  return { ...running, logs };
}

function postOnOwnConnection(url: string, token: string, body: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

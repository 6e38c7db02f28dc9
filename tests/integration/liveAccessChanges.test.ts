import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../support/adminCli.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { api, createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { WardFixture } from '../support/ward.js';

describe('[S-AUTH-5] access changes reach sockets that are already open', () => {
  let server: TestServer;
  let ward: WardFixture;
  let mttqId: string;
  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    mttqId = await ward.organization('Ủy ban MTTQ phường', 'mttq');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('a downgrade from editor to commenter makes the open socket read-only at once', async () => {
    const documentId = await createDocument(server, 'Dự thảo');
    const editor = await ward.person('bientap1', 'Biên tập viên');
    await ward.grant(documentId, 'user', editor.id, 'editor');
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: editor.cookie });
    client.hello();
    await client.sync();
    client.edit((doc) => doc.getText('t').insert(0, 'trước;'));
    await client.allSaved();

    const changed = server.logs.waitFor('connection access changed', (r) => r.documentId === documentId && r.mode === 'comment');
    await ward.grant(documentId, 'user', editor.id, 'commenter');
    await changed;
    client.edit((doc) => doc.getText('t').insert(0, 'sau;'));
    await client.nextFrame((f) => f.kind === 'permissionDenied');
    const reader = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await reader.sync();
    expect(reader.text()).toBe('trước;');
    client.close();
    reader.close();
  });

  it('an upgrade to editor of a socket that had edits refused closes it with 4509, so its client resyncs', async () => {
    const documentId = await createDocument(server, 'Dự thảo nâng quyền');
    const person = await ward.person('nangquyen1', 'Người được nâng quyền');
    await ward.grant(documentId, 'user', person.id, 'commenter');
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    client.hello();
    await client.sync();
    client.edit((doc) => doc.getText('t').insert(0, 'bị từ chối'));
    await client.nextFrame((f) => f.kind === 'permissionDenied');
    await ward.grant(documentId, 'user', person.id, 'editor');
    expect((await client.closed).code).toBe(4509);

    const again = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    again.hello();
    await again.sync();
    again.edit((doc) => doc.getText('t').insert(0, 'được nhận'));
    await again.allSaved();
    again.close();
  });

  it('[S-AUTH-5] an owner made editor keeps editing, but the open socket closes with 4509 so that its client learns it may no longer approve', async () => {
    const documentId = await createDocument(server, 'Dự thảo đổi chủ');
    const person = await ward.person('doichu1', 'Người đổi vai');
    await ward.grant(documentId, 'user', person.id, 'owner');
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    client.hello();
    await client.sync();
    client.edit((doc) => doc.getText('t').insert(0, 'chủ viết;'));
    await client.allSaved();
    await ward.grant(documentId, 'user', person.id, 'editor');
    expect((await client.closed).code).toBe(4509);

    const again = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    again.hello();
    await again.sync();
    expect(again.text()).toBe('chủ viết;');
    again.edit((doc) => doc.getText('t').insert(0, 'biên tập viết;'));
    await again.allSaved();
    again.close();
  });

  it('removing an organization’s grant closes its members’ open sockets with 4403', async () => {
    const documentId = await createDocument(server, 'Dự thảo gửi lấy ý kiến');
    const member = await ward.person('mttq2', 'Thành viên MTTQ', [[mttqId, 'member']]);
    await ward.grant(documentId, 'organization', mttqId, 'commenter');
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: member.cookie });
    await client.sync();
    const removed = await api(server, `/api/documents/${documentId}/grants/organization/${mttqId}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect((await client.closed).code).toBe(4403);
    expect((await fetch(`${server.url}/api/documents/${documentId}`, { headers: { cookie: member.cookie } })).status).toBe(404);
  });

  it('signing out closes the sockets opened with that session with 4401', async () => {
    const documentId = await createDocument(server, 'Văn bản riêng');
    const person = await ward.person('dangxuat1', 'Người đăng xuất');
    await ward.grant(documentId, 'user', person.id, 'editor');
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: person.cookie });
    await client.sync();
    await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: person.cookie, 'content-type': 'application/json' },
    });
    expect((await client.closed).code).toBe(4401);
  });

  it('a membership removed with the admin CLI, in another process, reaches the open socket', async () => {
    const chiBo = await ward.organization('Chi bộ 7', 'chi_bo');
    const documentId = await createDocument(server, 'Báo cáo Chi bộ 7', { organizationId: chiBo });
    const member = await ward.person('dangvien7', 'Đảng viên 7', [[chiBo, 'member']]);
    const client = await RawSyncClient.connect(server.wsBase, documentId, { cookie: member.cookie });
    await client.sync();
    const result = await runAdminCli(server.dataDir, ['member', 'remove', chiBo, 'dangvien7', '--role', 'member']);
    expect(result).toMatchObject({ code: 0 });
    expect((await client.closed).code).toBe(4403);
  });
});

import { encodeAwareness, encodeQueryAwareness } from '@van-kien/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { createDocument, startTestServer, type TestServer } from '../support/testServer.js';
import { asUser, type SignedInUser, WardFixture } from '../support/ward.js';

type Who = 'admin' | 'secretary' | 'committee' | 'partyMember' | 'tieuBan' | 'mttqMember' | 'viewer' | 'outsider' | 'anonymous';

/** Expected outcome per person: their role, each HTTP route's status, and what their socket may do. */
const MATRIX: Record<
  Who,
  { list: boolean | 401; read: number; rename: number; grants: number; share: number; socket: 'edit' | 'comment' | 'view' | 4401 | 4404 }
> = {
  admin: { list: true, read: 200, rename: 200, grants: 200, share: 204, socket: 'edit' },
  secretary: { list: true, read: 200, rename: 200, grants: 200, share: 204, socket: 'edit' }, // Bí thư chi bộ: owner
  committee: { list: true, read: 200, rename: 200, grants: 403, share: 403, socket: 'edit' }, // chi ủy viên: editor
  partyMember: { list: true, read: 200, rename: 403, grants: 403, share: 403, socket: 'comment' }, // đảng viên: commenter
  tieuBan: { list: true, read: 200, rename: 403, grants: 403, share: 403, socket: 'comment' }, // Tiểu ban văn kiện: commenter
  mttqMember: { list: true, read: 200, rename: 403, grants: 403, share: 403, socket: 'comment' }, // MTTQ, draft sent to it
  viewer: { list: true, read: 200, rename: 403, grants: 403, share: 403, socket: 'view' }, // shared as viewer
  outsider: { list: false, read: 404, rename: 404, grants: 404, share: 404, socket: 4404 },
  anonymous: { list: 401, read: 401, rename: 401, grants: 401, share: 401, socket: 4401 },
};

describe('[S-AUTH] every role × every action, enforced on the server', () => {
  let server: TestServer;
  let ward: WardFixture;
  let documentId: string;
  let veteransId: string;
  const people = {} as Record<Exclude<Who, 'admin' | 'anonymous'>, SignedInUser>;
  let observer: RawSyncClient;

  beforeAll(async () => {
    server = await startTestServer();
    ward = new WardFixture(server);
    const chiBo = await ward.organization('Chi bộ khu dân cư số 3', 'chi_bo');
    const tieuBan = await ward.organization('Tiểu ban văn kiện', 'tieu_ban');
    const mttq = await ward.organization('Ủy ban MTTQ phường', 'mttq');
    veteransId = await ward.organization('Hội Cựu chiến binh phường', 'doan_the');
    people.secretary = await ward.person('bithu3', 'Nguyễn Văn An', [[chiBo, 'head']]);
    people.committee = await ward.person('chiuy3', 'Trần Thị Bình', [[chiBo, 'committee']]);
    people.partyMember = await ward.person('dangvien3', 'Lê Văn Cường', [[chiBo, 'member']]);
    people.tieuBan = await ward.person('tieuban1', 'Phạm Thị Dung', [[tieuBan, 'committee']]);
    people.mttqMember = await ward.person('mttq1', 'Hoàng Văn Em', [[mttq, 'member']]);
    people.viewer = await ward.person('xem1', 'Vũ Thị Giang');
    people.outsider = await ward.person('ngoai1', 'Đặng Văn Hải');
    documentId = await createDocument(server, 'Báo cáo chính trị Chi bộ 3', { organizationId: chiBo });
    await ward.grant(documentId, 'organization', mttq, 'commenter');
    await ward.grant(documentId, 'user', people.viewer.id, 'viewer');
    observer = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await observer.sync();
    const observerAwareness = new Awareness(observer.doc);
    observerAwareness.setLocalStateField('user', { name: 'observer' });
    observer.send(encodeAwareness(encodeAwarenessUpdate(observerAwareness, [observer.doc.clientID])));
  });
  afterAll(async () => {
    observer?.close();
    await server?.dispose();
  });

  const who = (name: Who): SignedInUser | null | 'admin' => (name === 'anonymous' ? null : name === 'admin' ? 'admin' : people[name]);
  const request = (name: Who, path: string, init: RequestInit = {}) => {
    const person = who(name);
    if (person === 'admin')
      return fetch(`${server.url}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      });
    return asUser(server, person, path, init);
  };
  const credential = (name: Who) => {
    const person = who(name);
    return person === 'admin' ? server.adminToken : person ? { cookie: person.cookie } : null;
  };

  it.each(Object.keys(MATRIX) as Who[])('%s: HTTP routes answer as the matrix says', async (name) => {
    const expected = MATRIX[name];
    const list = await request(name, '/api/documents');
    if (expected.list === 401) expect(list.status).toBe(401);
    else expect(((await list.json()) as { id: string }[]).some((d) => d.id === documentId)).toBe(expected.list);
    expect((await request(name, `/api/documents/${documentId}`)).status).toBe(expected.read);
    expect(
      (
        await request(name, `/api/documents/${documentId}`, {
          method: 'PATCH',
          body: JSON.stringify({ title: 'Báo cáo chính trị Chi bộ 3' }),
        })
      ).status,
    ).toBe(expected.rename);
    expect((await request(name, `/api/documents/${documentId}/grants`)).status).toBe(expected.grants);
    const share = await request(name, `/api/documents/${documentId}/grants`, {
      method: 'PUT',
      body: JSON.stringify({ principalType: 'organization', principalId: veteransId, role: 'viewer' }),
    });
    expect(share.status).toBe(expected.share);
  });

  it.each(Object.keys(MATRIX) as Who[])('%s: the socket may write content and presence exactly as the matrix says', async (name) => {
    const expected = MATRIX[name].socket;
    const client = await RawSyncClient.connect(server.wsBase, documentId, credential(name));
    if (typeof expected === 'number') {
      expect((await client.closed).code).toBe(expected);
      expect(client.frames).toEqual([]);
      return;
    }
    client.hello();
    await client.sync();
    const marker = `[${name}]`;
    const relayed = observer.nextFrame((f) => f.kind === 'update');
    client.edit((doc) => doc.getText('t').insert(0, marker));
    const awareness = new Awareness(client.doc);
    const presenceSeen = observer.nextFrame((f) => f.kind === 'awareness');
    awareness.setLocalStateField('user', { name });
    client.send(encodeAwareness(encodeAwarenessUpdate(awareness, [client.doc.clientID])));

    if (expected === 'edit') {
      await relayed;
      await client.allSaved();
      expect(observer.text()).toContain(marker);
    } else {
      // A crafted update from a read-only socket: refused with y-protocols' permission-denied, never applied.
      const denied = await client.nextFrame((f) => f.kind === 'permissionDenied');
      expect(denied).toMatchObject({ kind: 'permissionDenied' });
      await observer.sync();
      expect(observer.text()).not.toContain(marker);
      expect(client.frames.some((f) => f.kind === 'saved' && f.storedUpdates > 0)).toBe(false);
    }
    // Presence: frames on one socket are handled in order, so after this answer the awareness frame was handled.
    await client.sync();
    // The answer to a query lists every presence the server holds.
    const answered = observer.nextFrame((f) => f.kind === 'awareness');
    observer.send(encodeQueryAwareness());
    await answered;
    const sawPresence = observer.frames.some(
      (f) => f.kind === 'awareness' && new TextDecoder().decode(f.update).includes(`"name":"${name}"`),
    );
    expect(sawPresence).toBe(expected !== 'view');
    if (expected !== 'view') await presenceSeen;
    client.close();
    awareness.destroy();
  });

  it('the crafted updates of read-only sockets were never stored', async () => {
    const fresh = await RawSyncClient.connect(server.wsBase, documentId, server.adminToken);
    await fresh.sync();
    for (const name of ['partyMember', 'tieuBan', 'mttqMember', 'viewer'] as Who[]) expect(fresh.text()).not.toContain(`[${name}]`);
    for (const name of ['admin', 'secretary', 'committee'] as Who[]) expect(fresh.text()).toContain(`[${name}]`);
    fresh.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../support/adminCli.js';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('pnpm admin demo', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('creates the Ô Chợ Dừa ward with its chi bộ, people and template documents with content, once', async () => {
    const result = await runAdminCli(server.dataDir, ['demo']);
    expect(result.code).toBe(0);
    const accounts = Object.fromEntries(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/) as [string, string]),
    );
    expect(Object.keys(accounts)).toContain('bithu.cb1');

    const signIn = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bithu.cb1', password: accounts['bithu.cb1'] }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as {
      memberships: { organizationName: string; role: string }[];
    };
    expect(me.memberships).toEqual([expect.objectContaining({ organizationName: 'Chi bộ khu dân cư số 1', role: 'head' })]);

    const documents = (await (await fetch(`${server.url}/api/documents`, { headers: { cookie } })).json()) as {
      id: string;
      title: string;
      role: string;
      summary: { sectionsWithContent: number; sections: number };
    }[];
    const report = documents.find((d) => d.role === 'owner' && d.title.includes('khu dân cư số 1'))!;
    expect(report.summary.sectionsWithContent).toBeGreaterThan(3);
    const client = await RawSyncClient.connect(server.wsBase, report.id, { cookie });
    await client.sync();
    expect(JSON.stringify(client.doc.getXmlFragment('content').toJSON())).toContain('612 hộ');
    client.close();

    const again = await runAdminCli(server.dataDir, ['demo']);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
  });
});

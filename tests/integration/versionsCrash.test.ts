import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VersionDetail, VersionList } from '@van-kien/api';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawSyncClient } from '../support/RawSyncClient.js';
import { killSpawnedServers, spawnServer } from '../support/serverProcess.js';
import { api, createDocument } from '../support/testServer.js';

/** The plain text of a version's ProseMirror JSON. */
function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { text, content } = node as { text?: string; content?: unknown[] };
  return (text ?? '') + (content ?? []).map(textOf).join(' ');
}

describe('a frozen draft survives the server being killed', () => {
  const dirs: string[] = [];
  // Also ends a server whose spawning a timeout interrupted, so none outlives the run.
  afterEach(async () => {
    await killSpawnedServers();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('after kill -9 right after a freeze answered, the draft is there with the edit acknowledged before it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vk-versions-'));
    dirs.push(dataDir);
    let proc = await spawnServer({ DATA_DIR: dataDir });
    const documentId = await createDocument(proc);
    const writer = await RawSyncClient.connect(proc.wsBase, documentId, proc.adminToken);
    writer.hello();
    await writer.sync();
    writer.edit((doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Lời đã lưu trước khi chốt dự thảo.')]);
      const content = doc.getXmlFragment('content');
      content.insert(content.length, [paragraph]);
    });
    await writer.allSaved();
    const froze = await api(proc, `/api/documents/${documentId}/versions`, { method: 'POST', body: '{}' });
    expect(froze.status).toBe(201);
    proc.child.kill('SIGKILL');
    await proc.exited;

    // The administrator's token is in the data that survived.
    proc = await spawnServer({ DATA_DIR: dataDir }, proc.adminToken);
    const listed = (await (await api(proc, `/api/documents/${documentId}/versions`)).json()) as VersionList;
    expect(listed.versions.map((v) => v.label)).toEqual(['Dự thảo lần 1']);
    const detail = (await (await api(proc, `/api/documents/${documentId}/versions/1`)).json()) as VersionDetail;
    expect(textOf(detail.content)).toContain('Lời đã lưu trước khi chốt dự thảo.');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './AppEnv.js';
import { mountClientRoutes } from './clientRoutes.js';

describe('the built client as the server serves it', () => {
  let dist: string;
  const app = new Hono<AppEnv>();
  beforeAll(() => {
    // The files `vite build` with vite-plugin-pwa writes, in miniature.
    dist = mkdtempSync(join(tmpdir(), 'vk-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Văn Kiện</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Văn Kiện"}');
    writeFileSync(join(dist, 'assets', 'index-3f9a1c.js'), 'console.log(1);');
    expect(mountClientRoutes(app, dist)).toBe(true);
    app.get('/api/documents', (c) => c.json([]));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lets the browser keep content-hashed assets for good', async () => {
    const response = await app.request('/assets/index-3f9a1c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('makes the browser ask again for the service worker, the manifest and the page, so a new version arrives', async () => {
    const worker = await app.request('/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const manifest = await app.request('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/', '/index.html', '/d/abc123']) {
      const page = await app.request(path);
      expect(await page.text(), path).toContain('<title>Văn Kiện</title>');
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('leaves the API to its routes', async () => {
    expect(await (await app.request('/api/documents')).json()).toEqual([]);
  });
});

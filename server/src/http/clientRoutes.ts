import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './AppEnv.js';

/** Built files whose names change with their content: a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (index.html, the service worker `sw.js`, the manifest, icons) keeps its name
 * across versions: the browser must ask again each time, or a new version would never arrive.
 */
const REVALIDATE = 'no-cache';

/** How long a browser may keep the built file at `path` (relative to the site's root). */
function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built client from `clientDist`: its files, and `index.html` for the app's own
 * addresses (`/`, `/d/<id>`, …) so that a reload or a shared link opens the app.
 * Does nothing when the client has not been built.
 */
export function mountClientRoutes(app: Hono<AppEnv>, clientDist: string): boolean {
  const indexFile = join(clientDist, 'index.html');
  if (!existsSync(indexFile)) return false;
  const files = serveStatic({ root: clientDist });
  app.use('/*', async (c, next) => {
    // A file found is answered here; anything else went on to the routes (`files` called `next`).
    const answer = await files(c, next);
    if (!(answer instanceof Response)) return;
    answer.headers.set('Cache-Control', cacheControlFor(c.req.path));
    return answer;
  });
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync/')) return next();
    return c.html(await readFile(indexFile, 'utf8'), 200, { 'Cache-Control': REVALIDATE });
  });
  return true;
}

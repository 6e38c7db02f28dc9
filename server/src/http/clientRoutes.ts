import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './AppEnv.js';

/**
 * Serves the built client from `clientDist`: its files, and `index.html` for the app's own
 * addresses (`/`, `/d/<id>`, …) so that a reload or a shared link opens the app.
 * Does nothing when the client has not been built.
 */
export function mountClientRoutes(app: Hono<AppEnv>, clientDist: string): boolean {
  const indexFile = join(clientDist, 'index.html');
  if (!existsSync(indexFile)) return false;
  app.use('/*', serveStatic({ root: clientDist }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/sync/')) return next();
    return c.html(await readFile(indexFile, 'utf8'));
  });
  return true;
}

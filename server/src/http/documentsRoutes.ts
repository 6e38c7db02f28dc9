import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { customAlphabet } from 'nanoid';
import type { Storage } from '../storage/Storage.js';
import { badRequest, parseDocumentTitle } from './documentTitle.js';

/** Document ids are URL-safe and long enough to be unguessable and never collide. */
export const newDocumentId = customAlphabet('0123456789abcdefghijkmnopqrstuvwxyz', 16);

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw badRequest('request body must be JSON');
  }
}

const notFound = () => new HTTPException(404, { message: 'document not found' });

/** `/api/documents`: list, create, read and rename documents. */
export function documentsRoutes(storage: Storage, now: () => number = Date.now): Hono {
  return new Hono()
    .get('/', async (c) => c.json(await storage.listDocuments()))
    .post('/', async (c) => {
      const title = parseDocumentTitle(await jsonBody(c));
      const record = await storage.createDocument({ id: newDocumentId(), title, now: now() });
      return c.json(record, 201, { Location: `/api/documents/${record.id}` });
    })
    .get('/:id', async (c) => {
      const record = await storage.getDocument(c.req.param('id'));
      if (!record) throw notFound();
      return c.json(record);
    })
    .patch('/:id', async (c) => {
      const title = parseDocumentTitle(await jsonBody(c));
      const record = await storage.renameDocument(c.req.param('id'), title, now());
      if (!record) throw notFound();
      return c.json(record);
    });
}

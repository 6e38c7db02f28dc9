import { createRoute } from '@hono/zod-openapi';
import { MarkReadRequestSchema, NotificationListSchema } from '@van-kien/api';
import type { AccessService } from '../auth/AccessService.js';
import type { NotificationStore } from '../comments/NotificationStore.js';
import { notificationsOf } from '../comments/notificationsOf.js';
import { createRouter, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const LISTED = 100;

const list = createRoute({
  method: 'get',
  path: '/',
  summary: `One’s latest ${LISTED} notifications, newest first, and how many are unread`,
  responses: {
    200: jsonResponse(NotificationListSchema, 'Notifications'),
    401: errorResponses[401],
  },
});

const markRead = createRoute({
  method: 'post',
  path: '/read',
  summary: 'Mark some of one’s notifications read',
  request: { body: jsonBody(MarkReadRequestSchema) },
  responses: { 204: { description: 'Marked' }, 400: errorResponses[400], 401: errorResponses[401] },
});

/** `/api/notifications`: in-app notifications of comments, replies, answers and rounds on one’s documents. */
export function notificationsRoutes(notifications: NotificationStore, access: AccessService, now: () => number = Date.now) {
  return createRouter()
    .openapi(list, async (c) => c.json(await notificationsOf(requireAuth(c).user, notifications, access, LISTED), 200))
    .openapi(markRead, async (c) => {
      await notifications.markRead(requireAuth(c).user.id, c.req.valid('json').ids, now());
      return c.body(null, 204);
    });
}

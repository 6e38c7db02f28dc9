import { createRoute, z } from '@hono/zod-openapi';
import {
  AnswerRequestSchema,
  DocumentParamSchema,
  EditThreadRequestSchema,
  PutThreadRequestSchema,
  ReplyParamSchema,
  ReplyRequestSchema,
  ReplySchema,
  ThreadParamSchema,
  ThreadSchema,
} from '@van-kien/api';
import type { CommentService } from '../comments/CommentService.js';
import { createRouter, errorAnswer, errorResponses, jsonBody, jsonResponse } from './openapiHelpers.js';
import { requireAuth } from './requireAuth.js';

const writeErrors = { ...errorResponses, 409: errorAnswer('The id is taken by another comment') } as const;
const threadResponse = jsonResponse(ThreadSchema, 'The thread as stored');

const list = createRoute({
  method: 'get',
  path: '/{documentId}/comments',
  summary: 'The document’s comment threads with their replies (anyone who may see the document)',
  request: { params: DocumentParamSchema },
  responses: { 200: jsonResponse(z.object({ threads: z.array(ThreadSchema) }), 'Threads, oldest first'), ...errorResponses },
});

const putThread = createRoute({
  method: 'put',
  path: '/{documentId}/comments/{threadId}',
  summary:
    'Comment on a passage (or, with anchor null, on the whole document), commenters and above; through a consultation round only while it is open. ' +
    'The id is the client’s: sending the same comment again answers 200 with it',
  request: {
    params: ThreadParamSchema,
    body: jsonBody(PutThreadRequestSchema),
  },
  responses: {
    201: threadResponse,
    200: jsonResponse(ThreadSchema, 'Already stored (a retry)'),
    ...writeErrors,
    422: errorAnswer('The passage is not in the document'),
  },
});

const editThread = createRoute({
  method: 'patch',
  path: '/{documentId}/comments/{threadId}',
  summary: 'Edit one’s own comment while one may comment',
  request: {
    params: ThreadParamSchema,
    body: jsonBody(EditThreadRequestSchema),
  },
  responses: { 200: threadResponse, ...errorResponses },
});

const deleteThread = createRoute({
  method: 'delete',
  path: '/{documentId}/comments/{threadId}',
  summary: 'Delete one’s own comment while one may comment; one that others replied to keeps their replies and shows "Ý kiến đã bị xóa"',
  request: { params: ThreadParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

const putReply = createRoute({
  method: 'put',
  path: '/{documentId}/comments/{threadId}/replies/{replyId}',
  summary: 'Reply in a thread (commenters and above); the id is the client’s, as for threads',
  request: { params: ReplyParamSchema, body: jsonBody(ReplyRequestSchema) },
  responses: {
    201: jsonResponse(ReplySchema, 'The reply as stored'),
    200: jsonResponse(ReplySchema, 'Already stored (a retry)'),
    ...writeErrors,
  },
});

const editReply = createRoute({
  method: 'patch',
  path: '/{documentId}/comments/{threadId}/replies/{replyId}',
  summary: 'Edit one’s own reply while one may comment',
  request: { params: ReplyParamSchema, body: jsonBody(ReplyRequestSchema) },
  responses: { 200: jsonResponse(ReplySchema, 'The reply as stored'), ...errorResponses },
});

const deleteReply = createRoute({
  method: 'delete',
  path: '/{documentId}/comments/{threadId}/replies/{replyId}',
  summary: 'Delete one’s own reply while one may comment; it keeps its place as "Ý kiến đã bị xóa"',
  request: { params: ReplyParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

const answer = createRoute({
  method: 'post',
  path: '/{documentId}/comments/{threadId}/answer',
  summary: 'Answer a comment with Tiếp thu, or Giải trình with its explanation (editors and owners)',
  request: {
    params: ThreadParamSchema,
    body: jsonBody(AnswerRequestSchema),
  },
  responses: { 200: threadResponse, ...errorResponses },
});

const resolve = createRoute({
  method: 'post',
  path: '/{documentId}/comments/{threadId}/resolve',
  summary: 'Mark a thread as dealt with (editors and owners)',
  request: { params: ThreadParamSchema },
  responses: { 200: threadResponse, ...errorResponses },
});

const reopen = createRoute({
  method: 'post',
  path: '/{documentId}/comments/{threadId}/reopen',
  summary: 'Reopen a thread (editors and owners, or its author while they may comment)',
  request: { params: ThreadParamSchema },
  responses: { 200: threadResponse, ...errorResponses },
});

/**
 * `/api/documents/{documentId}/comments`: comment threads, replies and answers. Comments live on the
 * server, not in the Yjs document, so that only these rules decide who writes what.
 */
export function commentsRoutes(comments: CommentService) {
  return createRouter()
    .openapi(list, async (c) => {
      const { documentId } = c.req.valid('param');
      return c.json({ threads: await comments.listThreads(requireAuth(c).user, documentId) }, 200);
    })
    .openapi(putThread, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      const { created, item } = await comments.putThread(requireAuth(c).user, documentId, threadId, c.req.valid('json'));
      return created ? c.json(item, 201) : c.json(item, 200);
    })
    .openapi(editThread, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      return c.json(await comments.editThread(requireAuth(c).user, documentId, threadId, c.req.valid('json')), 200);
    })
    .openapi(deleteThread, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      await comments.deleteThread(requireAuth(c).user, documentId, threadId);
      return c.body(null, 204);
    })
    .openapi(putReply, async (c) => {
      const { documentId, threadId, replyId } = c.req.valid('param');
      const { created, item } = await comments.putReply(requireAuth(c).user, documentId, threadId, replyId, c.req.valid('json').body);
      return created ? c.json(item, 201) : c.json(item, 200);
    })
    .openapi(editReply, async (c) => {
      const { documentId, threadId, replyId } = c.req.valid('param');
      return c.json(await comments.editReply(requireAuth(c).user, documentId, threadId, replyId, c.req.valid('json').body), 200);
    })
    .openapi(deleteReply, async (c) => {
      const { documentId, threadId, replyId } = c.req.valid('param');
      await comments.deleteReply(requireAuth(c).user, documentId, threadId, replyId);
      return c.body(null, 204);
    })
    .openapi(answer, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      const { answer: kind, text } = c.req.valid('json');
      return c.json(await comments.answer(requireAuth(c).user, documentId, threadId, kind, text), 200);
    })
    .openapi(resolve, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      return c.json(await comments.resolve(requireAuth(c).user, documentId, threadId), 200);
    })
    .openapi(reopen, async (c) => {
      const { documentId, threadId } = c.req.valid('param');
      return c.json(await comments.reopen(requireAuth(c).user, documentId, threadId), 200);
    });
}

import type { PassageAnchor } from '@van-kien/schema';
import { apiRequest } from '../../api/apiRequest.js';
import type { CommentAnswer, CommentKind, Reply, Thread } from '../../domain/comments/commentModel.js';

const threadsOf = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/comments`;
const threadPath = (documentId: string, threadId: string) => `${threadsOf(documentId)}/${encodeURIComponent(threadId)}`;
const replyPath = (documentId: string, threadId: string, replyId: string) =>
  `${threadPath(documentId, threadId)}/replies/${encodeURIComponent(replyId)}`;

/** Every thread of a document, with its replies (anyone who can see the document). */
export async function listThreads(documentId: string, signal?: AbortSignal): Promise<Thread[]> {
  return (await apiRequest<{ threads: Thread[] }>(threadsOf(documentId), { signal })).threads;
}

/** Stores a new thread under the id the client chose; sending the same one again stores it once. */
export function putThread(
  documentId: string,
  threadId: string,
  input: { anchor: PassageAnchor | null; kind: CommentKind; body: string },
): Promise<Thread> {
  return apiRequest<Thread>(threadPath(documentId, threadId), { method: 'PUT', body: input });
}

/** Changes one's own thread. */
export function patchThread(documentId: string, threadId: string, input: { kind: CommentKind; body: string }): Promise<Thread> {
  return apiRequest<Thread>(threadPath(documentId, threadId), { method: 'PATCH', body: input });
}

/** Deletes one's own thread; replies of others stay under "Ý kiến đã bị xóa". */
export function deleteThread(documentId: string, threadId: string): Promise<void> {
  return apiRequest<void>(threadPath(documentId, threadId), { method: 'DELETE' });
}

/** Stores a new reply under the id the client chose; idempotent like `putThread`. */
export function putReply(documentId: string, threadId: string, replyId: string, body: string): Promise<Reply> {
  return apiRequest<Reply>(replyPath(documentId, threadId, replyId), { method: 'PUT', body: { body } });
}

/** Changes one's own reply. */
export function patchReply(documentId: string, threadId: string, replyId: string, body: string): Promise<Reply> {
  return apiRequest<Reply>(replyPath(documentId, threadId, replyId), { method: 'PATCH', body: { body } });
}

/** Deletes one's own reply. */
export function deleteReply(documentId: string, threadId: string, replyId: string): Promise<void> {
  return apiRequest<void>(replyPath(documentId, threadId, replyId), { method: 'DELETE' });
}

/** The draft's authors answer a thread: accepted, or explained with `text` (editors and owners). */
export function answerThread(documentId: string, threadId: string, answer: CommentAnswer, text: string): Promise<Thread> {
  return apiRequest<Thread>(`${threadPath(documentId, threadId)}/answer`, { method: 'POST', body: { answer, text } });
}

/** Marks a thread dealt with ("Đã xử lý"; editors and owners). */
export function resolveThread(documentId: string, threadId: string): Promise<Thread> {
  return apiRequest<Thread>(`${threadPath(documentId, threadId)}/resolve`, { method: 'POST' });
}

/** Opens a resolved thread again (editors, owners, and the thread's author). */
export function reopenThread(documentId: string, threadId: string): Promise<Thread> {
  return apiRequest<Thread>(`${threadPath(documentId, threadId)}/reopen`, { method: 'POST' });
}

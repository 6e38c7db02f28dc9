/** The query parameter naming the thread a document page opens with in focus. */
export const THREAD_PARAM = 'gop-y';

/** The address of a document, with one of its threads in focus when given: `/d/:id?gop-y=…`. */
export function threadLink(documentId: string, threadId: string | null): string {
  const path = `/d/${encodeURIComponent(documentId)}`;
  return threadId === null ? path : `${path}?${THREAD_PARAM}=${encodeURIComponent(threadId)}`;
}

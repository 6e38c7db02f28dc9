import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/ApiError.js';
import type { Reply, Thread } from '../../domain/comments/commentModel.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { useSyncStateValue } from '../../sync/useSyncState.js';
import { listThreads } from './commentsApi.js';
import type { CommentOutbox, Delivered } from './outbox/CommentOutbox.js';

export interface CommentThreads {
  /** The server's threads as last fetched (with what was stored since); undefined until the first answer. */
  threads: Thread[] | undefined;
  /** Why the last fetch failed, until one succeeds. */
  error: string | undefined;
  /** Fetches the threads again. */
  refresh(): void;
  /** Shows a thread as the server just returned it, before the next fetch. */
  applyThread(thread: Thread): void;
}

/** `threads` with `thread` in place of the one with its id, or added. */
function withThread(threads: Thread[] | undefined, thread: Thread): Thread[] | undefined {
  if (!threads) return threads;
  return threads.some((t) => t.id === thread.id) ? threads.map((t) => (t.id === thread.id ? thread : t)) : [...threads, thread];
}

function withReply(threads: Thread[] | undefined, threadId: string, reply: Reply): Thread[] | undefined {
  return threads?.map((thread) => {
    if (thread.id !== threadId) return thread;
    const replies = thread.replies.some((r) => r.id === reply.id)
      ? thread.replies.map((r) => (r.id === reply.id ? reply : r))
      : [...thread.replies, reply];
    return { ...thread, replies };
  });
}

/**
 * The comment threads of the document `sync` holds, kept live: fetched when the page opens, again
 * whenever the server says they changed (its `CommentsChanged` frame), when the connection comes
 * back (frames sent meanwhile were missed) and when the window gets the focus again. What this
 * device delivers through `outbox` shows at once.
 */
export function useCommentThreads(documentId: string, sync: DocumentSync, outbox: CommentOutbox): CommentThreads {
  const [threads, setThreads] = useState<Thread[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const connection = useSyncStateValue(sync, (state) => state.connection);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: refresh() bumps it to load the threads again
  useEffect(() => {
    const controller = new AbortController();
    listThreads(documentId, controller.signal).then(
      (fetched) => {
        setThreads(fetched);
        setError(undefined);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(failure, 'Không tải được các góp ý'));
      },
    );
    return () => controller.abort();
  }, [documentId, attempt]);

  useEffect(() => sync.onCommentsChanged(refresh), [sync, refresh]);

  // Back after a lost connection: the frames sent meanwhile never arrived.
  const lostConnection = useRef(false);
  useEffect(() => {
    if (connection === 'disconnected') lostConnection.current = true;
    if (connection === 'connected' && lostConnection.current) {
      lostConnection.current = false;
      refresh();
    }
  }, [connection, refresh]);

  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  useEffect(
    () =>
      outbox.onDelivered((delivered: Delivered) => {
        if (delivered.documentId !== documentId) return;
        if ('thread' in delivered) setThreads((current) => withThread(current, delivered.thread));
        else setThreads((current) => withReply(current, delivered.threadId, delivered.reply));
      }),
    [outbox, documentId],
  );

  const applyThread = useCallback((thread: Thread) => setThreads((current) => withThread(current, thread)), []);
  return { threads, error, refresh, applyThread };
}

import { useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import { CommentByline } from './CommentByline.js';
import { CommentTextForm } from './CommentTextForm.js';
import { DeliveryNotice } from './DeliveryNotice.js';
import type { ShownReply } from './outbox/outboxOverlay.js';
import type { ThreadActions } from './useThreadActions.js';

interface ReplyViewProps {
  threadId: string;
  reply: ShownReply;
  /** Whether it is the signed-in person's own reply, which they may still change (they may comment). */
  mayChange: boolean;
  actions: ThreadActions;
}

/** One reply of a thread: its author, organization, time and text (as text, never markup). */
export function ReplyView({ threadId, reply, mayChange, actions }: ReplyViewProps) {
  const [editing, setEditing] = useState(false);
  const { error, run } = useSubmit();

  return (
    <li className="comment-reply" data-testid="comment-reply" data-reply-id={reply.id}>
      <CommentByline comment={reply} />
      {reply.deleted ? (
        <p className="comment-card__deleted">Ý kiến đã bị xóa</p>
      ) : editing ? (
        <CommentTextForm
          label="Sửa trả lời"
          hideLabel
          initialText={reply.body}
          submitLabel="Lưu"
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await actions.editReply(threadId, reply.id, body);
            setEditing(false);
          }}
        />
      ) : (
        <p className="comment-card__body" data-testid="comment-body">
          {reply.body}
        </p>
      )}
      {reply.delivery && (
        <DeliveryNotice delivery={reply.delivery} body={reply.body} onRetry={actions.retry} onDiscard={(key) => actions.discard([key])} />
      )}
      {mayChange && !reply.deleted && !editing && (
        <div className="comment-card__actions">
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            Sửa
          </button>
          <button type="button" className="button button--quiet" onClick={() => void run(() => actions.removeReply(threadId, reply.id))}>
            Xóa
          </button>
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}

import { commentAnswerLabels, type ResolvedAnchor } from '@van-kien/schema';
import { useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { CommentKind, Person } from '../../domain/comments/commentModel.js';
import { CommentByline } from './CommentByline.js';
import { CommentTextForm } from './CommentTextForm.js';
import { DeliveryNotice } from './DeliveryNotice.js';
import { KindBadge } from './KindBadge.js';
import { KindChoice } from './KindChoice.js';
import type { ShownThread } from './outbox/outboxOverlay.js';
import { ReplyView } from './ReplyView.js';
import type { ThreadActions } from './useThreadActions.js';

/** What the signed-in person may do with the comments of the document. */
export interface CommentPermissions {
  me: Person;
  /** Commenters and above; the organizations of a round that ended only read. */
  mayComment: boolean;
  /** The draft's authors (editors and owners): answer, resolve and reopen threads. */
  mayAnswer: boolean;
}

interface ThreadCardProps {
  thread: ShownThread;
  /** Where its passage is now; undefined for a whole-document comment or while not yet resolved. */
  placement: ResolvedAnchor | undefined;
  permissions: CommentPermissions;
  actions: ThreadActions;
  focused: boolean;
  onFocus(): void;
  /** Show the passage's text above the comment (in the list; the margin stands beside the passage instead). */
  showQuote: boolean;
}

type Editing = 'none' | 'comment' | 'explanation';

/**
 * A thread: the comment with its author, organization, kind and time, the passage it is about
 * when asked or when the passage was deleted, the answer of the draft's authors, the replies, and
 * in focus the actions the person may take. Every text is shown as text, never as markup.
 */
export function ThreadCard({ thread, placement, permissions, actions, focused, onFocus, showQuote }: ThreadCardProps) {
  const [editing, setEditing] = useState<Editing>('none');
  const [kind, setKind] = useState<CommentKind>(thread.kind);
  const submit = useSubmit();
  const { me, mayComment, mayAnswer } = permissions;
  const own = thread.author.id === me.id;
  const stored = thread.delivery === null;
  const orphaned = placement?.state === 'orphaned';
  const run = (action: () => Promise<void>) => () => void submit.run(action);
  const classes = ['comment-card'];
  if (focused) classes.push('comment-card--focused');
  if (thread.status === 'resolved') classes.push('comment-card--resolved');

  return (
    <article
      className={classes.join(' ')}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-status={thread.status}
      data-focused={focused}
      aria-label={`Góp ý của ${thread.author.displayName}`}
      // Unfocused, the card is one stop for the keyboard: Enter or Space focuses it as a click does,
      // showing its actions; focused, it steps aside for the controls inside it.
      tabIndex={focused ? undefined : 0}
      onClick={() => !focused && onFocus()}
      onKeyDown={(event) => {
        if (focused || event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        onFocus();
      }}
    >
      <CommentByline comment={thread}>
        <KindBadge kind={thread.kind} />
      </CommentByline>

      {thread.anchor && orphaned && (
        <div className="comment-card__orphan" data-testid="comment-orphaned">
          <p>Đoạn văn được góp ý đã bị xóa</p>
          <q className="comment-card__quote">{thread.anchor.quote}</q>
        </div>
      )}
      {thread.anchor && !orphaned && showQuote && (
        <q className="comment-card__quote">{placement?.state === 'attached' ? placement.text : thread.anchor.quote}</q>
      )}

      {thread.deleted ? (
        <p className="comment-card__deleted">Ý kiến đã bị xóa</p>
      ) : editing === 'comment' ? (
        <CommentTextForm
          label="Sửa góp ý"
          hideLabel
          initialText={thread.body}
          submitLabel="Lưu"
          autoFocus
          onCancel={() => setEditing('none')}
          onSubmit={async (body) => {
            await actions.edit(thread.id, kind, body);
            setEditing('none');
          }}
        >
          <KindChoice value={kind} onChange={setKind} />
        </CommentTextForm>
      ) : (
        <p className="comment-card__body" data-testid="comment-body">
          {thread.body}
        </p>
      )}
      {thread.delivery && (
        <DeliveryNotice delivery={thread.delivery} body={thread.body} onRetry={actions.retry} onDiscard={(key) => actions.discard([key])} />
      )}

      {thread.answer && (
        <div className="comment-card__answer" data-testid="comment-answer" data-answer={thread.answer}>
          <strong>{commentAnswerLabels[thread.answer]}</strong>
          {thread.answerText && <span className="comment-card__answer-text">: {thread.answerText}</span>}
          {thread.answeredBy && thread.answeredAt !== null && (
            <span className="comment-card__answer-by">
              {' '}
              — {thread.answeredBy.displayName}, {formatDateTime(thread.answeredAt)}
            </span>
          )}
        </div>
      )}
      {thread.status === 'resolved' && <p className="comment-card__resolved">Đã xử lý</p>}

      {thread.replies.length > 0 &&
        (focused ? (
          <ul className="comment-card__replies">
            {thread.replies.map((reply) => (
              <ReplyView
                key={reply.id}
                threadId={thread.id}
                reply={reply}
                mayChange={mayComment && reply.author.id === me.id}
                actions={actions}
              />
            ))}
          </ul>
        ) : (
          <p className="comment-card__reply-count">{thread.replies.length} trả lời</p>
        ))}

      {focused && editing === 'explanation' && (
        <CommentTextForm
          label="Nội dung giải trình"
          submitLabel="Giải trình"
          initialText={thread.answer === 'giai-trinh' ? (thread.answerText ?? '') : ''}
          autoFocus
          testId="explanation-form"
          onCancel={() => setEditing('none')}
          onSubmit={async (text) => {
            await actions.answer(thread.id, 'giai-trinh', text);
            setEditing('none');
          }}
        />
      )}

      {focused && editing === 'none' && (
        <div className="comment-card__actions">
          {own && mayComment && !thread.deleted && (
            <>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setKind(thread.kind);
                  setEditing('comment');
                }}
              >
                Sửa
              </button>
              <button type="button" className="button button--quiet" onClick={run(() => actions.remove(thread.id))}>
                Xóa
              </button>
            </>
          )}
          {mayAnswer && stored && !thread.deleted && (
            <>
              <button type="button" className="button" onClick={run(() => actions.answer(thread.id, 'tiep-thu', ''))}>
                Tiếp thu
              </button>
              <button type="button" className="button" onClick={() => setEditing('explanation')}>
                Giải trình
              </button>
            </>
          )}
          {mayAnswer && stored && thread.status === 'open' && (
            <button type="button" className="button" onClick={run(() => actions.resolve(thread.id))}>
              Đã xử lý
            </button>
          )}
          {(mayAnswer || own) && stored && thread.status === 'resolved' && (
            <button type="button" className="button" onClick={run(() => actions.reopen(thread.id))}>
              Mở lại
            </button>
          )}
        </div>
      )}
      <FormError message={submit.error} />

      {focused && mayComment && !thread.deleted && editing === 'none' && (
        <CommentTextForm
          label="Trả lời"
          hideLabel
          placeholder="Trả lời…"
          submitLabel="Trả lời"
          testId="reply-form"
          onSubmit={(body) => actions.reply(thread.id, body)}
        />
      )}
    </article>
  );
}

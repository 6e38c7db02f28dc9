import type { ReactNode } from 'react';
import { formatDateTime } from '../../app/formatDateTime.js';
import type { Reply } from '../../domain/comments/commentModel.js';

/** Who wrote a comment or reply, for which organization, and when (and whether it was edited since). */
export function CommentByline({
  comment,
  children,
}: {
  comment: Pick<Reply, 'author' | 'organization' | 'createdAt' | 'editedAt'>;
  children?: ReactNode;
}) {
  return (
    <div className="comment-byline">
      <span className="comment-byline__author" data-testid="comment-author">
        {comment.author.displayName}
      </span>
      {comment.organization && (
        <span className="comment-byline__organization" data-testid="comment-organization">
          {comment.organization.name}
        </span>
      )}
      {children}
      <time className="comment-byline__time" dateTime={new Date(comment.createdAt).toISOString()}>
        {formatDateTime(comment.createdAt)}
        {comment.editedAt !== null && ' (đã sửa)'}
      </time>
    </div>
  );
}

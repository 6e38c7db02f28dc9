import { commentKindLabels } from '@van-kien/schema';
import type { CommentKind } from '../../domain/comments/commentModel.js';

/** What a comment says of its passage, as a small coloured label ("Bổ sung"). */
export function KindBadge({ kind }: { kind: CommentKind }) {
  return (
    <span className={`kind-badge kind-badge--${kind}`} data-testid="comment-kind" data-kind={kind}>
      {commentKindLabels[kind]}
    </span>
  );
}

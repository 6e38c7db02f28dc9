import { COMMENT_KINDS, commentKindLabels } from '@van-kien/schema';
import { useId } from 'react';
import type { CommentKind } from '../../domain/comments/commentModel.js';

/** The four kinds of comment as a row of radio buttons. */
export function KindChoice({ value, onChange }: { value: CommentKind | null; onChange(kind: CommentKind): void }) {
  const name = useId();
  return (
    <fieldset className="kind-choice">
      <legend className="comment-form__label">Loại ý kiến</legend>
      {COMMENT_KINDS.map((kind) => (
        <label key={kind} className="kind-choice__option">
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          {commentKindLabels[kind]}
        </label>
      ))}
    </fieldset>
  );
}

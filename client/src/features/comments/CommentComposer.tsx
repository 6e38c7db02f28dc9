import { useState } from 'react';
import type { CommentKind } from '../../domain/comments/commentModel.js';
import { CommentTextForm } from './CommentTextForm.js';
import { KindChoice } from './KindChoice.js';

interface CommentComposerProps {
  /** The passage commented on, verbatim; null for a comment on the whole document. */
  quote: string | null;
  /** Keeps the comment (on this device first); what it throws is shown in the form. */
  onSubmit(kind: CommentKind, body: string): Promise<void>;
  onCancel(): void;
}

/** A new comment: the passage it is about, its kind (to be chosen: it is what the report counts) and its text. */
export function CommentComposer({ quote, onSubmit, onCancel }: CommentComposerProps) {
  const [kind, setKind] = useState<CommentKind | null>(null);
  return (
    <div className="comment-card comment-card--draft" data-testid="comment-composer">
      <p className="comment-card__about">
        {quote === null ? 'Góp ý chung cho cả văn bản' : <q className="comment-card__quote">{quote}</q>}
      </p>
      <CommentTextForm
        label="Nội dung góp ý"
        submitLabel="Gửi góp ý"
        autoFocus
        onCancel={onCancel}
        check={() => (kind === null ? 'Hãy chọn loại ý kiến' : undefined)}
        onSubmit={(body) => onSubmit(kind!, body)}
      >
        <KindChoice value={kind} onChange={setKind} />
      </CommentTextForm>
    </div>
  );
}

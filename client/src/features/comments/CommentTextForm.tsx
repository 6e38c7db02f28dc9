import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import { MAX_COMMENT_LENGTH } from '../../domain/comments/commentModel.js';
import { commentBodyProblem } from './commentBody.js';

interface CommentTextFormProps {
  /** The field's label ("Nội dung góp ý", "Trả lời", "Nội dung giải trình"). */
  label: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  initialText?: string;
  placeholder?: string;
  submitLabel: string;
  /** Gets the trimmed text; what it throws is shown under the field and the text stays. */
  onSubmit(text: string): Promise<void>;
  onCancel?(): void;
  /** A further reason not to send yet, in Vietnamese (no kind chosen), checked after the text. */
  check?(): string | undefined;
  autoFocus?: boolean;
  testId?: string;
  /** Further fields before the text (the kind of a new comment). */
  children?: ReactNode;
}

/**
 * A comment's text with a counter and the same limits as the server (1–4000 characters after
 * trimming), checked before anything is sent; shared by new comments, replies, edits and answers.
 */
export function CommentTextForm({
  label,
  hideLabel = false,
  initialText = '',
  placeholder,
  submitLabel,
  onSubmit,
  onCancel,
  check,
  autoFocus = false,
  testId,
  children,
}: CommentTextFormProps) {
  const [text, setText] = useState(initialText);
  const { pending, error, setError, run } = useSubmit();
  const fieldId = useId();
  const errorId = useId();
  const length = text.trim().length;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = commentBodyProblem(text) ?? check?.();
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await onSubmit(text.trim());
      setText('');
    });
  }

  return (
    <form className="comment-form" onSubmit={submit} noValidate data-testid={testId}>
      {children}
      <label htmlFor={fieldId} className={hideLabel ? 'visually-hidden' : 'comment-form__label'}>
        {label}
      </label>
      <textarea
        id={fieldId}
        className="comment-form__text"
        value={text}
        placeholder={placeholder}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: only where the caller asks, for a field that opens at a click on it (sign-in, rename, reply), where the person types next
        autoFocus={autoFocus}
        aria-invalid={error !== undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <div className="comment-form__footer">
        <span
          className={length > MAX_COMMENT_LENGTH ? 'comment-form__count comment-form__count--over' : 'comment-form__count'}
          aria-live="polite"
        >
          {length}/{MAX_COMMENT_LENGTH}
        </span>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={pending}>
            Hủy
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
      <FormError id={errorId} message={error} />
    </form>
  );
}

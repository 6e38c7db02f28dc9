import { MAX_TITLE_LENGTH } from '@van-kien/api';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import { titleProblem } from '../../domain/documents/documentTitle.js';

interface TitleFormProps {
  /** Title to start from (renaming); empty for a new document. */
  initialTitle?: string;
  submitLabel: string;
  /** Sends the trimmed title; an `ApiError` it throws is shown under the field. */
  onSubmit(title: string): Promise<void>;
  /** Shows a "Hủy" button when given. */
  onCancel?(): void;
  /** Keep the "Tên văn bản" label for screen readers only, where the context already says it. */
  hideLabel?: boolean;
  inputTestId?: string;
  autoFocus?: boolean;
  /** Empty the field after a successful submit. */
  resetOnSuccess?: boolean;
  /** Further fields of the same form, between the title and the button (a new document's organization). */
  children?: ReactNode;
}

/**
 * A document title field with its submit button, shared by "create" and "rename": validates
 * before sending, disables itself while the request runs and shows failures in Vietnamese.
 */
export function TitleForm({
  initialTitle = '',
  submitLabel,
  onSubmit,
  onCancel,
  hideLabel = false,
  inputTestId,
  autoFocus = false,
  resetOnSuccess = false,
  children,
}: TitleFormProps) {
  const [title, setTitle] = useState(initialTitle);
  const { pending, error, setError, run } = useSubmit();
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = titleProblem(title);
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      await onSubmit(title.trim());
      if (resetOnSuccess) setTitle('');
    });
  }

  return (
    <form className="title-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : 'title-form__label'}>
        Tên văn bản
      </label>
      <div className="title-form__row">
        <input
          id={inputId}
          className="title-form__input"
          data-testid={inputTestId}
          value={title}
          maxLength={MAX_TITLE_LENGTH + 50}
          // biome-ignore lint/a11y/noAutofocus: only where the caller asks, for a field that opens at a click on it (sign-in, rename, reply), where the person types next
          autoFocus={autoFocus}
          aria-invalid={error !== undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            if (error) setError(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
        />
        {children}
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={pending}>
            Hủy
          </button>
        )}
      </div>
      <FormError id={errorId} message={error} />
    </form>
  );
}

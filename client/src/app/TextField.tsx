import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password' | 'number';
  /** The browser's autofill hint: "username", "current-password", "new-password", "name", … */
  autoComplete?: string;
  /** A short rule under the field, e.g. "Ít nhất 8 ký tự". */
  hint?: string;
  /** An example shown in the empty field, e.g. "Ví dụ: Tổ dân phố số 5". */
  placeholder?: string;
  autoFocus?: boolean;
  /** Marks the field wrong (the form says why, once, under its button). */
  invalid?: boolean;
  testId?: string;
}

/** A labelled input of the app's forms; the label is what tests and screen readers find it by. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  hint,
  placeholder,
  autoFocus,
  invalid = false,
  testId,
}: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        type={type}
        value={value}
        autoComplete={autoComplete}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: only where the caller asks, for a field that opens at a click on it (sign-in, rename, reply), where the person types next
        autoFocus={autoFocus}
        aria-invalid={invalid}
        aria-describedby={hint ? hintId : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

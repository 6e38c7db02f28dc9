import { useId } from 'react';

/** One choice of a `SelectField`. */
export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  testId?: string;
  /** Keep the label for screen readers only, where the context already says it. */
  hideLabel?: boolean;
}

/** A labelled drop-down of the app's forms. */
export function SelectField({ label, value, options, onChange, testId, hideLabel = false }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__input" value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

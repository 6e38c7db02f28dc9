import { useId, useState } from 'react';
import { copyText } from './copyText.js';

interface OneTimeSecretProps {
  /** What the secret is, e.g. "Mật khẩu của nguyenvana". */
  label: string;
  secret: string;
  /** Says what to do with it, e.g. who to hand it to. */
  note: string;
  testId?: string;
}

/**
 * A secret the server shows only once (a generated password, an invite link): in a read-only
 * field that selects itself on focus, with a copy button and a reminder that it will not be
 * shown again.
 */
export function OneTimeSecret({ label, secret, note, testId }: OneTimeSecretProps) {
  const [copied, setCopied] = useState<boolean | undefined>();
  const id = useId();
  return (
    <div className="one-time-secret" data-testid={testId} role="status">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="one-time-secret__row">
        <input id={id} className="one-time-secret__value field__input" readOnly value={secret} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void copyText(secret).then(setCopied)}>
          {copied ? 'Đã chép' : 'Sao chép'}
        </button>
      </div>
      {copied === false && <p className="form-error">Trình duyệt không cho chép tự động; hãy chọn và chép bằng tay.</p>}
      <p className="field__hint">{note}</p>
    </div>
  );
}

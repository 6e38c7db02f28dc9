import { MAX_VERSION_NAME_LENGTH } from '@van-kien/api';
import { type FormEvent, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { useSyncStateValue } from '../../sync/useSyncState.js';
import { type DraftingState, freezeDraft, type Version } from './historyApi.js';
import { freezeBlocker, frozenConfirmation } from './historyText.js';

interface FreezeDraftFormProps {
  documentId: string;
  drafting: DraftingState;
  /** Tells whether the server has every change typed here: a draft freezes the server's text. */
  sync: DocumentSync;
  onFrozen(version: Version): void;
}

/** "Lưu thành dự thảo": freezes today's text as the next "Dự thảo lần n", with a name of one's own if wanted. */
export function FreezeDraftForm({ documentId, drafting, sync, onFrozen }: FreezeDraftFormProps) {
  const [name, setName] = useState('');
  const [frozen, setFrozen] = useState<Version | undefined>();
  const { pending, error, setError, run } = useSubmit();
  const connected = useSyncStateValue(sync, (state) => state.connection === 'connected');
  const saved = useSyncStateValue(sync, (state) => state.saved);
  const blocker = freezeBlocker({ adopted: drafting.adoptedAt !== null, connected, saved });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim().length > MAX_VERSION_NAME_LENGTH) {
      setError(`Tên dự thảo dài quá ${MAX_VERSION_NAME_LENGTH} ký tự`);
      return;
    }
    setFrozen(undefined);
    await run(async () => {
      const version = await freezeDraft(documentId, name);
      setFrozen(version);
      setName('');
      onFrozen(version);
    });
  }

  return (
    <form className="form freeze-form" onSubmit={submit} noValidate data-testid="freeze-form">
      <TextField
        label="Tên dự thảo (không bắt buộc)"
        value={name}
        onChange={setName}
        placeholder="Ví dụ: trình chi ủy cho ý kiến"
        hint={`Sẽ lưu thành Dự thảo lần ${drafting.nextDraftNumber}`}
        testId="freeze-name"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending || blocker !== undefined} data-testid="freeze-button">
          Lưu thành dự thảo
        </button>
      </div>
      {blocker && (
        <p className="muted freeze-form__blocker" data-testid="freeze-blocker">
          {blocker}
        </p>
      )}
      {frozen && !error && (
        <p className="form-success" role="status" data-testid="freeze-confirmation">
          {frozenConfirmation(frozen)}
        </p>
      )}
      <FormError message={error} />
    </form>
  );
}

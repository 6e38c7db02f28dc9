import { type FormEvent, useId, useMemo, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { Organization } from '../../domain/accounts/model.js';
import { titleProblem } from '../../domain/documents/documentTitle.js';
import { defaultDeadline, parseDeadline, toDateTimeLocal } from './roundDeadline.js';
import { openRound, type Round } from './roundsApi.js';

interface OpenRoundFormProps {
  documentId: string;
  documentTitle: string;
  /** Every organization of the ward; undefined while loading. */
  organizations: readonly Organization[] | undefined;
  /** The organization the document belongs to: its members have their roles already. */
  ownOrganizationId: string | null;
  onOpened(round: Round): void;
}

/** "Gửi lấy ý kiến": a title, the organizations asked, and the deadline. */
export function OpenRoundForm({ documentId, documentTitle, organizations, ownOrganizationId, onOpened }: OpenRoundFormProps) {
  const [title, setTitle] = useState(`Lấy ý kiến góp ý vào dự thảo ${documentTitle}`.slice(0, 200));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [deadline, setDeadline] = useState(() => toDateTimeLocal(defaultDeadline(Date.now())));
  const { pending, error, setError, run } = useSubmit();
  const deadlineId = useId();
  const candidates = useMemo(
    () => [...(organizations ?? [])].filter((o) => o.id !== ownOrganizationId).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [organizations, ownOrganizationId],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDeadline(deadline, Date.now());
    const problem =
      titleProblem(title) ??
      (chosen.size === 0 ? 'Hãy chọn ít nhất một tổ chức' : undefined) ??
      ('problem' in parsed ? parsed.problem : undefined);
    if (problem !== undefined || !('deadline' in parsed)) {
      setError(problem);
      return;
    }
    await run(async () => {
      onOpened(await openRound(documentId, { title: title.trim(), organizationIds: [...chosen], deadline: parsed.deadline }));
      setChosen(new Set());
    });
  }

  return (
    <form className="form round-form" onSubmit={submit} noValidate data-testid="open-round-form">
      <TextField label="Tên đợt lấy ý kiến" value={title} onChange={setTitle} />
      <fieldset className="round-form__organizations">
        <legend className="field__label">Gửi đến các tổ chức</legend>
        {organizations === undefined && <p className="muted">Đang tải danh sách tổ chức…</p>}
        {candidates.map((organization) => (
          <label key={organization.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(organization.id)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(organization.id);
                else next.delete(organization.id);
                setChosen(next);
              }}
            />
            {organization.name}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={deadlineId}>
          Hạn góp ý
        </label>
        <input
          id={deadlineId}
          className="field__input"
          type="datetime-local"
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
          data-testid="round-deadline"
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          Gửi lấy ý kiến
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}

import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { SelectField } from '../../app/SelectField.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { listOrganizations } from '../accounts/organizationsApi.js';
import { useAccount } from '../session/useSession.js';
import { createDocument } from './documentsApi.js';
import { documentOwnerChoices, PERSONAL } from './documentOwnerChoices.js';
import { DocumentRow } from './DocumentRow.js';
import { TitleForm } from './TitleForm.js';
import { useDocumentList } from './useDocumentList.js';

/** `/`: every document the person may see, and a form to start a new one (which then opens). */
export function DocumentListPage() {
  const navigate = useNavigate();
  const account = useAccount();
  const { state, reload, replace } = useDocumentList();
  const organizations = useApiData(listOrganizations).state;
  const organizationList = organizations.status === 'ready' ? organizations.data : undefined;
  const owners = useMemo(() => documentOwnerChoices(account, organizationList), [account, organizationList]);
  const [chosenOwner, setOwner] = useState<string | undefined>();
  // Until the person picks, the first choice; a pick that is no longer offered falls back to it too.
  const owner = owners.some((choice) => choice.value === chosenOwner) ? chosenOwner! : (owners[0]?.value ?? PERSONAL);
  const organizationNames = useMemo(() => new Map(organizationList?.map((o) => [o.id, o.name])), [organizationList]);
  usePageTitle('Văn bản');

  return (
    <main className="list-page">
      <h1 className="list-page__heading">Văn bản</h1>

      <section className="panel new-document" aria-label="Tạo văn bản mới">
        <TitleForm
          submitLabel="Tạo văn bản"
          inputTestId="new-document-title"
          resetOnSuccess
          onSubmit={async (title) => {
            const record = await createDocument(title, owner === PERSONAL ? undefined : owner);
            await navigate(`/d/${encodeURIComponent(record.id)}`);
          }}
        >
          <SelectField label="Văn bản của" hideLabel value={owner} options={owners} onChange={setOwner} testId="new-document-owner" />
        </TitleForm>
      </section>

      <section className="panel" aria-label="Danh sách văn bản" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p className="muted">Đang tải danh sách văn bản…</p>}
        {state.status === 'error' && (
          <div className="form-error" role="alert">
            {state.message}{' '}
            <button type="button" className="button button--quiet" onClick={reload}>
              Thử lại
            </button>
          </div>
        )}
        {state.status === 'ready' && state.documents.length === 0 && (
          <p className="muted empty-state">Chưa có văn bản nào</p>
        )}
        {state.status === 'ready' && state.documents.length > 0 && (
          <ul className="document-list">
            {state.documents.map((record) => (
              <DocumentRow
                key={record.id}
                record={record}
                organizationName={record.organizationId === null ? undefined : organizationNames.get(record.organizationId)}
                onRenamed={replace}
              />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

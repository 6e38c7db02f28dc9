import { useMemo } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import { DocumentRow } from '../../features/documents/DocumentRow.js';
import { useDocumentList } from '../../features/documents/useDocumentList.js';
import { AddressedRounds } from '../../features/rounds/AddressedRounds.js';
import { NewDocumentPanel } from './NewDocumentPanel.js';

/** `/`: every document the person may see, and a form to start a new one (which then opens). */
export function DocumentListPage() {
  const { state, reload, replace } = useDocumentList();
  const organizations = useApiData(listOrganizations).state;
  const organizationList = organizations.status === 'ready' ? organizations.data : undefined;
  const organizationNames = useMemo(() => new Map(organizationList?.map((o) => [o.id, o.name])), [organizationList]);
  usePageTitle('Văn bản');

  return (
    <main className="list-page">
      <h1 className="list-page__heading">Văn bản</h1>

      <AddressedRounds />

      <NewDocumentPanel organizations={organizationList} />

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
        {state.status === 'ready' && state.fromDevice && (
          <p className="offline-notice" role="status" data-testid="offline-list-notice">
            Ngoại tuyến – đây là danh sách văn bản lưu trên máy này.
          </p>
        )}
        {state.status === 'ready' && state.documents.length === 0 && <p className="muted empty-state">Chưa có văn bản nào</p>}
        {state.status === 'ready' && state.documents.length > 0 && (
          <ul className="document-list">
            {state.documents.map((record) => (
              <DocumentRow
                key={record.id}
                record={record}
                organizationName={record.organizationId === null ? undefined : organizationNames.get(record.organizationId)}
                draft={state.drafts.get(record.id)}
                onRenamed={replace}
              />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

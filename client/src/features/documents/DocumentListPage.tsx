import { useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle.js';
import { createDocument } from './documentsApi.js';
import { DocumentRow } from './DocumentRow.js';
import { TitleForm } from './TitleForm.js';
import { useDocumentList } from './useDocumentList.js';

/** `/`: every document, and a form to start a new one (which then opens). */
export function DocumentListPage() {
  const navigate = useNavigate();
  const { state, reload, replace } = useDocumentList();
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
            const record = await createDocument(title);
            await navigate(`/d/${encodeURIComponent(record.id)}`);
          }}
        />
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
              <DocumentRow key={record.id} record={record} onRenamed={replace} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

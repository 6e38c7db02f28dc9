import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLeaveWarning } from '../../app/useLeaveWarning.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { SyncStatusIndicator } from '../../sync/SyncStatusIndicator.js';
import { useDocumentSync } from '../../sync/useDocumentSync.js';
import { useSyncState } from '../../sync/useSyncState.js';
import { useIdentity } from '../identity/useIdentity.js';
import { PresenceList } from '../presence/PresenceList.js';
import type { DocumentRecord } from './DocumentRecord.js';
import { renameDocument } from './documentsApi.js';
import { TitleForm } from './TitleForm.js';
import { useDocumentRecord } from './useDocumentRecord.js';

/** `/d/:documentId`: one document, edited together with whoever else has it open. */
export function DocumentPage() {
  const documentId = useParams().documentId ?? '';
  const { state, setRecord } = useDocumentRecord(documentId);
  usePageTitle(state.status === 'found' ? state.record.title : undefined);

  switch (state.status) {
    case 'loading':
      return <main className="message-page muted">Đang mở văn bản…</main>;
    case 'not-found':
      return (
        <main className="message-page">
          <h1>Không tìm thấy văn bản</h1>
          <p>Văn bản này không tồn tại hoặc đường dẫn không đúng.</p>
          <Link to="/">← Về danh sách văn bản</Link>
        </main>
      );
    case 'error':
      return (
        <main className="message-page">
          <h1>Không mở được văn bản</h1>
          <p className="form-error" role="alert">
            {state.message}
          </p>
          <Link to="/">← Về danh sách văn bản</Link>
        </main>
      );
    case 'found':
      // Keyed so another document gets its own Y.Doc and provider.
      return <DocumentWorkspace key={state.record.id} record={state.record} onRenamed={setRecord} />;
  }
}

function DocumentWorkspace({ record, onRenamed }: { record: DocumentRecord; onRenamed(record: DocumentRecord): void }) {
  const sync = useDocumentSync(record.id);
  return (
    <main className="document-page">
      {sync ? <SyncedDocument sync={sync} record={record} onRenamed={onRenamed} /> : null}
    </main>
  );
}

function SyncedDocument({
  sync,
  record,
  onRenamed,
}: {
  sync: DocumentSync;
  record: DocumentRecord;
  onRenamed(record: DocumentRecord): void;
}) {
  const syncState = useSyncState(sync);
  const identity = useIdentity();
  const [renaming, setRenaming] = useState(false);
  useLeaveWarning(useCallback(() => !sync.getState().saved, [sync]));

  return (
    <>
      <header className="document-header">
        <Link className="document-header__back" to="/">
          ← Văn bản
        </Link>
        <div className="document-header__title">
          {renaming ? (
            <TitleForm
              initialTitle={record.title}
              submitLabel="Lưu"
              hideLabel
              autoFocus
              onCancel={() => setRenaming(false)}
              onSubmit={async (title) => {
                onRenamed(await renameDocument(record.id, title));
                setRenaming(false);
              }}
            />
          ) : (
            <>
              <h1>{record.title}</h1>
              <button type="button" className="button button--quiet" onClick={() => setRenaming(true)}>
                Đổi tên
              </button>
            </>
          )}
        </div>
        <div className="document-header__meta">
          <SyncStatusIndicator state={syncState} />
          {syncState.connection !== 'not-found' && <PresenceList awareness={sync.provider.awareness} />}
        </div>
      </header>
      {/* Unsaved text stays on screen even then, so nothing typed vanishes from view. */}
      {syncState.connection === 'not-found' && syncState.saved ? (
        <div className="message-page">
          <p>Văn bản này không còn tồn tại trên máy chủ.</p>
          <Link to="/">← Về danh sách văn bản</Link>
        </div>
      ) : (
        <DocumentEditor key={sync.doc.guid} doc={sync.doc} provider={sync.provider} user={identity} />
      )}
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { reportSessionLost } from '../../api/sessionLost.js';
import { useLeaveWarning } from '../../app/useLeaveWarning.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { canApprove, canEdit, canShare, DOCUMENT_ROLE_NAMES, readOnlyNotice } from '../../domain/accounts/documentRoles.js';
import type { DocumentRole } from '../../domain/accounts/model.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';
import { getDocument, renameDocument } from '../../domain/documents/documentsApi.js';
import { RoleBadge } from '../../domain/documents/RoleBadge.js';
import { CommentsColumn } from '../../features/comments/CommentsColumn.js';
import { DocumentRecordMessage } from '../../features/documents/DocumentRecordMessage.js';
import { ImportReportNotice, importOutcomeOf } from '../../features/documents/ImportReportNotice.js';
import { TitleForm } from '../../features/documents/TitleForm.js';
import { useDocumentRecord } from '../../features/documents/useDocumentRecord.js';
import { DocumentExportBar } from '../../features/export/DocumentExportBar.js';
import { DraftMarker } from '../../features/history/DraftMarker.js';
import { HistoryPanel } from '../../features/history/HistoryPanel.js';
import { useDrafting } from '../../features/history/useDrafting.js';
import { useIdentity } from '../../features/identity/useIdentity.js';
import { DocumentCopyMissing } from '../../features/offline/DocumentCopyMissing.js';
import { DraftNotice } from '../../features/offline/DraftNotice.js';
import { PresenceList } from '../../features/presence/PresenceList.js';
import { RoundsPanel } from '../../features/rounds/RoundsPanel.js';
import { SharePanel } from '../../features/sharing/SharePanel.js';
import type { UnregisteredDraft } from '../../localStore/registerDraft.js';
import { useLocalStore } from '../../localStore/useLocalStore.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { type ConnectionState, isFinalConnection } from '../../sync/SyncState.js';
import { SyncStatusIndicator } from '../../sync/SyncStatusIndicator.js';
import { useDocumentSync } from '../../sync/useDocumentSync.js';
import { useSyncState, useSyncStateValue } from '../../sync/useSyncState.js';
import { DocumentEditingArea } from './DocumentEditingArea.js';

/** `/d/:documentId`: one document, edited together with whoever else has it open. */
export function DocumentPage() {
  const documentId = useParams().documentId ?? '';
  const { state, setRecord } = useDocumentRecord(documentId);
  // Remembered with its document: the page stays mounted when a link opens another one.
  const [roleChange, setRoleChange] = useState<{ documentId: string; role: DocumentRole } | undefined>();
  const currentRole = state.status === 'found' ? state.record.role : undefined;
  const onRecordChanged = useCallback(
    (record: DocumentRecord) => {
      if (currentRole !== undefined && record.role !== currentRole) setRoleChange({ documentId: record.id, role: record.role });
      setRecord(record);
    },
    [currentRole, setRecord],
  );
  usePageTitle(state.status === 'found' ? state.record.title : undefined);

  if (state.status !== 'found') return <DocumentRecordMessage state={state} />;
  // Keyed so another document gets its own Y.Doc and provider, and so does a role that can no
  // longer edit: the server refused what it typed, and a fresh copy shows the stored text.
  return (
    <DocumentWorkspace
      key={`${state.record.id}:${canEdit(state.record.role)}`}
      record={state.record}
      draft={state.draft}
      roleChangedTo={roleChange?.documentId === state.record.id ? roleChange.role : undefined}
      onRecordChanged={onRecordChanged}
    />
  );
}

interface WorkspaceProps {
  record: DocumentRecord;
  /** Set while the document was made on this device and the server has not registered it. */
  draft?: UnregisteredDraft;
  /** Set when the person's role changed while the page was open. */
  roleChangedTo: DocumentRole | undefined;
  onRecordChanged(record: DocumentRecord): void;
}

function DocumentWorkspace(props: WorkspaceProps) {
  const sync = useDocumentSync(props.record.id, useLocalStore(), props.draft === undefined);
  return <main className="document-page">{sync ? <SyncedDocument sync={sync} {...props} /> : null}</main>;
}

function SyncedDocument({ sync, record, draft, roleChangedTo, onRecordChanged }: WorkspaceProps & { sync: DocumentSync }) {
  // Field by field: the whole state changes with every keystroke (saving, saved), and the page
  // around the editor need not render again for that; the status shows it on its own.
  const connection = useSyncStateValue(sync, (state) => state.connection);
  const editsRefused = useSyncStateValue(sync, (state) => state.editsRefused);
  const contentReady = useSyncStateValue(sync, (state) => state.contentReady);
  const closedAndSaved = useSyncStateValue(sync, (state) => closingMessage(state.connection) !== undefined && state.saved);
  const identity = useIdentity();
  const [renaming, setRenaming] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [consulting, setConsulting] = useState(false);
  const [viewingHistory, setViewingHistory] = useState(false);
  const drafting = useDrafting(record.id, sync);
  // Set by "Nhập từ Word" on the way here: what the file held that the document does not.
  const importOutcome = importOutcomeOf(useLocation().state);
  useLeaveWarning(useCallback(() => sync.getState().unprotected, [sync]));
  useRoleFollowing(connection, editsRefused, record.id, onRecordChanged);

  const notice = readOnlyNotice(record.role);
  const finalMessage = closingMessage(connection);

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
                onRecordChanged(await renameDocument(record.id, title));
                setRenaming(false);
              }}
            />
          ) : (
            <>
              <h1>{record.title}</h1>
              {canEdit(record.role) && (
                <button type="button" className="button button--quiet" onClick={() => setRenaming(true)}>
                  Đổi tên
                </button>
              )}
            </>
          )}
          {canShare(record.role) && !finalMessage && (
            <button
              type="button"
              className="button document-header__share"
              data-testid="share-button"
              aria-expanded={sharing}
              onClick={() => setSharing((open) => !open)}
            >
              Chia sẻ
            </button>
          )}
          {canShare(record.role) && !finalMessage && (
            <button
              type="button"
              className="button"
              data-testid="rounds-button"
              aria-expanded={consulting}
              onClick={() => setConsulting((open) => !open)}
            >
              Lấy ý kiến
            </button>
          )}
          {!finalMessage && (
            <button
              type="button"
              className="button"
              data-testid="history-button"
              aria-expanded={viewingHistory}
              onClick={() => setViewingHistory((open) => !open)}
            >
              Lịch sử
            </button>
          )}
          {canEdit(record.role) && (
            <Link className="button button--quiet" to={`/d/${encodeURIComponent(record.id)}/tong-hop-y-kien`}>
              Tổng hợp ý kiến
            </Link>
          )}
        </div>
        <div className="document-header__meta">
          <div className="document-header__status">
            {!finalMessage && <DraftMarker drafting={drafting.drafting} />}
            {!finalMessage && <RoleBadge role={record.role} />}
            <LiveSyncStatus sync={sync} />
          </div>
          {!isFinalConnection(connection) && <PresenceList awareness={sync.provider.awareness} selfHidden={record.role === 'viewer'} />}
        </div>
        {!finalMessage && (
          <DocumentExportBar documentId={record.id} doc={sync.doc} editable={canEdit(record.role) && !isFinalConnection(connection)} />
        )}
        <DraftNotice draft={draft} />
        {importOutcome && <ImportReportNotice outcome={importOutcome} />}
        {roleChangedTo && (
          <p className="notice" role="status" data-testid="role-changed-notice">
            Quyền của bạn với văn bản này vừa đổi thành «{DOCUMENT_ROLE_NAMES[roleChangedTo]}».
          </p>
        )}
        {notice && !finalMessage && (
          <p className="notice notice--read-only" data-testid="read-only-banner">
            {notice}
          </p>
        )}
      </header>
      {sharing && canShare(record.role) && !finalMessage && (
        <div className="document-page__aside">
          <SharePanel documentId={record.id} organizationId={record.organizationId} onClose={() => setSharing(false)} />
        </div>
      )}
      {consulting && canShare(record.role) && !finalMessage && (
        <div className="document-page__aside">
          <RoundsPanel
            documentId={record.id}
            documentTitle={record.title}
            organizationId={record.organizationId}
            sync={sync}
            onClose={() => setConsulting(false)}
          />
        </div>
      )}
      {viewingHistory && !finalMessage && (
        <div className="document-page__aside">
          <HistoryPanel
            documentId={record.id}
            role={record.role}
            drafting={drafting}
            sync={sync}
            onClose={() => setViewingHistory(false)}
          />
        </div>
      )}
      {/* Unsaved text stays on screen even then, so nothing typed vanishes from view. */}
      {finalMessage && closedAndSaved ? (
        <div className="message-page" role="alert">
          <p>{finalMessage}</p>
          <Link to="/">← Về danh sách văn bản</Link>
        </div>
      ) : !contentReady ? (
        <LiveDocumentCopyMissing sync={sync} />
      ) : (
        <DocumentEditingArea
          key={sync.doc.guid}
          doc={sync.doc}
          provider={sync.provider}
          user={identity}
          editable={canEdit(record.role) && !isFinalConnection(connection)}
          mayApprove={canApprove(record.role)}
          renderAside={(editor, outline) =>
            !finalMessage && (
              <CommentsColumn editor={editor} doc={sync.doc} sync={sync} documentId={record.id} role={record.role} outline={outline} />
            )
          }
        />
      )}
    </>
  );
}

/** What the page says in place of the text once the server closed the document to it for good. */
function closingMessage(connection: ConnectionState): string | undefined {
  if (connection === 'not-found') return 'Văn bản này không còn tồn tại trên máy chủ.';
  if (connection === 'access-revoked') return 'Quyền truy cập văn bản này đã bị thu hồi.';
  return undefined;
}

/** The save status, following the whole sync state without rendering the page again. */
function LiveSyncStatus({ sync }: { sync: DocumentSync }) {
  return <SyncStatusIndicator state={useSyncState(sync)} />;
}

/** The placeholder while the content is missing, following the connection without rendering the page again. */
function LiveDocumentCopyMissing({ sync }: { sync: DocumentSync }) {
  return <DocumentCopyMissing state={useSyncState(sync)} />;
}

/**
 * Keeps the page's idea of the person's role in step with the server's. The server does not
 * announce a role change; it shows in two ways, and each is answered by asking for the document
 * again: it refuses an edit (the role was lowered), or it closes the socket for good. A 4401 (and
 * a 401 from that request) means the session is gone: the sign-in page takes over.
 */
function useRoleFollowing(
  connection: ConnectionState,
  editsRefused: boolean,
  documentId: string,
  onRecordChanged: (record: DocumentRecord) => void,
): void {
  const mustAsk = editsRefused || connection === 'access-revoked';
  // Every connection after the first reads the role again: the server reconnects a page whose
  // right to approve changed while it can still edit [S-AUTH-5].
  const [connections, setConnections] = useState(0);
  useEffect(() => {
    if (connection === 'connected') setConnections((count) => count + 1);
  }, [connection]);

  useEffect(() => {
    if (connection === 'signed-out') reportSessionLost();
  }, [connection]);

  // The role is read again after a refusal, and on every connection after the first.
  const askAgain = mustAsk || connections > 1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `connections` is the trigger: each new connection after the first reads the role again
  useEffect(() => {
    if (!askAgain) return;
    const controller = new AbortController();
    getDocument(documentId, controller.signal).then(onRecordChanged, () => {
      // Not visible any more (404): the status already says access was withdrawn. A lost
      // session (401) was reported by the request itself; unreachable, the status says so.
    });
    return () => controller.abort();
  }, [askAgain, connections, documentId, onRecordChanged]);
}

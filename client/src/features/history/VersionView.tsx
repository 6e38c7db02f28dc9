import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { useSubmit } from '../../app/useSubmit.js';
import { canShare } from '../../domain/accounts/documentRoles.js';
import type { DocumentRole } from '../../domain/accounts/model.js';
import { DocumentEditor } from '../../editor/DocumentEditor.js';
import { getVersion, restoreVersion, type Version, type VersionDetail, versionDocxUrl } from './historyApi.js';
import { comparePath } from './historyPaths.js';
import { VERSION_KIND_NAMES, versionByline } from './historyText.js';
import { RestoreDialog } from './RestoreDialog.js';
import { useVersionEditor } from './useVersionEditor.js';
import './history.css';

interface VersionViewProps {
  documentId: string;
  documentTitle: string;
  role: DocumentRole;
  number: number;
}

/**
 * One version read-only (`/d/:documentId/versions/:number`): a bar with its label, who and when,
 * "Tải .docx", "So sánh với bản hiện tại" and, for owners, "Khôi phục phiên bản này"; then its text.
 */
export function VersionView({ documentId, documentTitle, role, number }: VersionViewProps) {
  const load = useCallback((signal: AbortSignal) => getVersion(documentId, number, signal), [documentId, number]);
  const { state } = useApiData(load);
  return (
    <div className="version-page" data-testid="version-view">
      <ApiDataView
        state={state}
        loading="Đang mở phiên bản…"
        errorDetail={<Link to={`/d/${encodeURIComponent(documentId)}`}>← Về văn bản</Link>}
      >
        {(version) => <LoadedVersion documentId={documentId} documentTitle={documentTitle} role={role} version={version} />}
      </ApiDataView>
    </div>
  );
}

function LoadedVersion({ documentId, documentTitle, role, version }: Omit<VersionViewProps, 'number'> & { version: VersionDetail }) {
  const editor = useVersionEditor(version.content);
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState<Version | undefined>();
  const restore = useSubmit();
  const documentPath = `/d/${encodeURIComponent(documentId)}`;

  async function confirmRestore() {
    const done = await restore.run(async () => setRestored((await restoreVersion(documentId, version.number)).restore));
    if (done) setConfirming(false);
  }

  return (
    <>
      <header className="version-bar" data-testid="version-bar" data-kind={version.kind}>
        <Link className="document-header__back" to={documentPath}>
          ← {documentTitle}
        </Link>
        <div className="version-bar__title">
          <h1 data-testid="version-label">{version.label}</h1>
          <span className="version-kind" data-kind={version.kind}>
            {VERSION_KIND_NAMES[version.kind]}
          </span>
        </div>
        <p className="version-bar__byline muted">{versionByline(version)}</p>
        <p className="notice version-bar__notice">Bạn đang xem một phiên bản đã lưu, chỉ để đọc. Văn bản hiện tại không thay đổi.</p>
        <div className="version-bar__actions">
          <a className="button" href={versionDocxUrl(documentId, version.number)} download data-testid="version-docx">
            Tải .docx
          </a>
          <Link className="button" to={comparePath(documentId, version.number)} data-testid="version-compare">
            So sánh với bản hiện tại
          </Link>
          {canShare(role) && (
            <button type="button" className="button" data-testid="version-restore" onClick={() => setConfirming(true)}>
              Khôi phục phiên bản này
            </button>
          )}
        </div>
        {restored && (
          <p className="form-success" role="status" data-testid="restore-confirmation">
            Đã khôi phục {version.label} thành văn bản hiện tại. Bản trước khi khôi phục vẫn có trong Lịch sử.{' '}
            <Link to={documentPath}>Mở văn bản</Link>
          </p>
        )}
      </header>
      {confirming && (
        <RestoreDialog
          label={version.label}
          pending={restore.pending}
          error={restore.error}
          onConfirm={() => void confirmRestore()}
          onCancel={() => {
            restore.setError(undefined);
            setConfirming(false);
          }}
        />
      )}
      <DocumentEditor editor={editor} editable={false} />
    </>
  );
}

import { Link } from 'react-router';
import { ApiDataView } from '../../app/ApiDataView.js';
import { canEdit, canShare } from '../../domain/accounts/documentRoles.js';
import type { DocumentRole } from '../../domain/accounts/model.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { AdoptionControl } from './AdoptionControl.js';
import { FreezeDraftForm } from './FreezeDraftForm.js';
import type { Version } from './historyApi.js';
import { versionPath } from './historyPaths.js';
import { isProminent, VERSION_KIND_NAMES, versionByline } from './historyText.js';
import type { Drafting } from './useDrafting.js';
import './history.css';

interface HistoryPanelProps {
  documentId: string;
  role: DocumentRole;
  /** The page's `useDrafting`: the list and the marker follow the same answer. */
  drafting: Drafting;
  sync: DocumentSync;
  onClose(): void;
}

/**
 * "Lịch sử": the document's versions, newest first, each opening read-only; for editors and owners
 * the "Lưu thành dự thảo" form; for owners the adoption. Live with the server's `VersionsChanged`.
 */
export function HistoryPanel({ documentId, role, drafting, sync, onClose }: HistoryPanelProps) {
  const mayFreeze = canEdit(role);
  return (
    <section className="history-panel panel" data-testid="history-panel" aria-labelledby="history-panel-title">
      <div className="share-panel__header">
        <h2 id="history-panel-title">Lịch sử</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Đóng
        </button>
      </div>
      <ApiDataView state={drafting.history} loading="Đang tải lịch sử…">
        {({ versions, drafting: state }) => (
          <>
            <div className="history-panel__actions">
              {mayFreeze ? (
                <FreezeDraftForm documentId={documentId} drafting={state} sync={sync} onFrozen={drafting.reload} />
              ) : (
                <p className="muted history-panel__note" data-testid="freeze-not-allowed">
                  Chỉ người biên tập và chủ sở hữu mới lưu được dự thảo. Bạn xem được các dự thảo đã lưu.
                </p>
              )}
              <AdoptionControl documentId={documentId} drafting={state} mayChange={canShare(role)} onChanged={drafting.reload} />
            </div>
            {versions.length === 0 ? (
              <p className="muted">{mayFreeze ? 'Chưa có phiên bản nào được lưu.' : 'Chưa có dự thảo nào.'}</p>
            ) : (
              <ol className="version-list" aria-label="Các phiên bản, mới nhất trước">
                {versions.map((version) => (
                  <VersionItem key={version.number} documentId={documentId} version={version} />
                ))}
              </ol>
            )}
          </>
        )}
      </ApiDataView>
    </section>
  );
}

function VersionItem({ documentId, version }: { documentId: string; version: Version }) {
  const prominent = isProminent(version.kind);
  return (
    <li
      className={prominent ? 'version' : 'version version--quiet'}
      data-testid="version"
      data-kind={version.kind}
      data-number={version.number}
    >
      <div className="version__head">
        <Link className="version__label" to={versionPath(documentId, version.number)}>
          {version.label}
        </Link>
        <span className="version-kind" data-kind={version.kind}>
          {VERSION_KIND_NAMES[version.kind]}
        </span>
      </div>
      <p className="version__byline muted">{versionByline(version)}</p>
    </li>
  );
}

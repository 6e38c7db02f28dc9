import { useCallback, useEffect } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { useSubmit } from '../../app/useSubmit.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { OpenRoundForm } from './OpenRoundForm.js';
import { ROUND_STATUS_NAMES } from './roundStatus.js';
import { closeRound, listRounds, type Round } from './roundsApi.js';
import './rounds.css';
import { FormError } from '../../app/FormError.js';

interface RoundsPanelProps {
  documentId: string;
  documentTitle: string;
  /** The organization the document belongs to, null for a personal one. */
  organizationId: string | null;
  /** Tells when the document's comments or rounds change, to keep the counts live. */
  sync: DocumentSync;
  onClose(): void;
}

/**
 * The owner's consultation rounds: each with its status, deadline and the comments of each
 * organization asked; a button to end an open one early; and the form that opens a new one.
 */
export function RoundsPanel({ documentId, documentTitle, organizationId, sync, onClose }: RoundsPanelProps) {
  const load = useCallback((signal: AbortSignal) => listRounds(documentId, signal), [documentId]);
  const rounds = useApiData(load);
  const organizations = useApiData(listOrganizations).state;
  const { error, run } = useSubmit();
  useEffect(() => sync.onCommentsChanged(rounds.reload), [sync, rounds.reload]);

  async function close(round: Round) {
    await run(() => closeRound(documentId, round.id));
    rounds.reload();
  }

  return (
    <section className="rounds-panel panel" data-testid="rounds-panel" aria-labelledby="rounds-panel-title">
      <div className="share-panel__header">
        <h2 id="rounds-panel-title">Lấy ý kiến góp ý</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Đóng
        </button>
      </div>
      <ApiDataView state={rounds.state} empty="Chưa gửi lấy ý kiến lần nào.">
        {(data) => (
          <ul className="round-list">
            {data.map((round) => (
              <li key={round.id} className="round" data-testid="round" data-round-id={round.id} data-status={round.status}>
                <div className="round__head">
                  <span className="round__title">{round.title}</span>
                  <span className="status-badge round__status" data-status={round.status}>
                    {ROUND_STATUS_NAMES[round.status]}
                  </span>
                  {round.status === 'open' && (
                    <button type="button" className="button button--quiet" onClick={() => void close(round)}>
                      Kết thúc đợt
                    </button>
                  )}
                </div>
                <p className="round__deadline muted">
                  Hạn góp ý: {formatDateTime(round.deadline)}
                  {round.closedAt !== null && ` · kết thúc lúc ${formatDateTime(round.closedAt)}`}
                </p>
                <ul className="round__organizations">
                  {round.organizations.map((organization) => (
                    <li key={organization.id} data-testid="round-organization" data-organization-id={organization.id}>
                      {organization.name}: <strong data-testid="round-organization-comments">{organization.comments}</strong> ý kiến
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </ApiDataView>
      <FormError message={error} />
      <h3 className="rounds-panel__subheading">Gửi lấy ý kiến</h3>
      <OpenRoundForm
        documentId={documentId}
        documentTitle={documentTitle}
        organizations={organizations.status === 'ready' ? organizations.data : undefined}
        ownOrganizationId={organizationId}
        onOpened={rounds.reload}
      />
    </section>
  );
}

import { useCallback, useMemo } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { formatDateTime } from '../../app/formatDateTime.js';
import { listOrganizations } from '../../domain/accounts/organizationsApi.js';
import { listUsers } from '../../domain/accounts/usersApi.js';
import { listDocuments } from '../../domain/documents/documentsApi.js';
import { listAudit } from './auditApi.js';
import { type AuditLookups, describeAuditEntry } from './describeAuditEntry.js';

/** How many entries the page shows; the server keeps more. */
const LIMIT = 200;

/** The audit log, newest first, in words: who did what to whom, when, from where. */
export function AuditSection() {
  const loadAudit = useCallback((signal: AbortSignal) => listAudit(LIMIT, signal), []);
  const audit = useApiData(loadAudit);
  const users = useApiData(listUsers).state;
  const organizations = useApiData(listOrganizations).state;
  // An administrator sees every document, so every title can be named.
  const documents = useApiData(listDocuments).state;
  const lookups = useMemo<AuditLookups>(
    () => ({
      users: new Map(users.status === 'ready' ? users.data.map((u) => [u.id, u] as const) : []),
      organizations: new Map(organizations.status === 'ready' ? organizations.data.map((o) => [o.id, o] as const) : []),
      documentTitles: new Map(documents.status === 'ready' ? documents.data.map((d) => [d.id, d.title] as const) : []),
    }),
    [users, organizations, documents],
  );

  return (
    <section className="admin-section" data-testid="admin-audit" aria-labelledby="admin-audit-title">
      <div className="admin-section__header">
        <h2 id="admin-audit-title">Nhật ký</h2>
        <button type="button" className="button" onClick={audit.reload}>
          Tải lại
        </button>
      </div>
      <p className="muted">{LIMIT} sự kiện gần nhất, mới nhất ở trên.</p>
      <ApiDataView state={audit.state}>
        {(data) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Sự kiện</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Đối tượng</th>
                <th scope="col">Chi tiết</th>
                <th scope="col">Địa chỉ</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entry) => {
                const line = describeAuditEntry(entry, lookups);
                return (
                  <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                    <td className="data-table__time">{formatDateTime(entry.at)}</td>
                    <td>{line.action}</td>
                    <td>{line.actor}</td>
                    <td>{line.target}</td>
                    <td>{line.detail}</td>
                    <td className="muted">{entry.address ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </ApiDataView>
    </section>
  );
}

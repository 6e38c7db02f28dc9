import { SECTION_STATUSES, sectionStatusLabels } from '@van-kien/schema';
import { Link } from 'react-router';
import { formatActivity } from '../../domain/documents/formatActivity.js';
import { RoleBadge } from '../../domain/documents/RoleBadge.js';
import type { DashboardDocument } from './dashboardApi.js';
import { ProgressBar } from './ProgressBar.js';

interface DashboardRowProps {
  record: DashboardDocument;
  /** What it was made from, e.g. the template's title; undefined while unknown. */
  templateTitle: string | undefined;
}

/**
 * One document on the dashboard: its title (a link to it), its template and last activity, one's
 * role on it; for a template document how many sections have content and how many stand at each
 * status of the drafting workflow.
 */
export function DashboardRow({ record, templateTitle }: DashboardRowProps) {
  const { summary } = record;
  return (
    <li className="dashboard-row" data-testid="dashboard-row" data-document-id={record.id}>
      <div className="dashboard-row__main">
        <Link className="dashboard-row__title" to={`/d/${encodeURIComponent(record.id)}`}>
          {record.title}
        </Link>
        {record.templateId === null ? (
          <span className="dashboard-row__template">Văn bản không theo mẫu</span>
        ) : (
          templateTitle !== undefined && <span className="dashboard-row__template">Mẫu: {templateTitle}</span>
        )}
        <span className="dashboard-row__meta">
          <RoleBadge role={record.role} />
          <time dateTime={new Date(record.updatedAt).toISOString()}>{formatActivity(record.updatedAt)}</time>
        </span>
      </div>
      {summary && (
        <div className="dashboard-row__progress">
          <ProgressBar progress={{ withContent: summary.sectionsWithContent, total: summary.sections }} label="Tiến độ văn bản" />
          <span className="dashboard-row__count">
            <span data-testid="dashboard-progress">
              {summary.sectionsWithContent}/{summary.sections}
            </span>{' '}
            mục đã có nội dung
          </span>
          <ul className="dashboard-row__statuses" aria-label="Trạng thái các mục">
            {/* Only the statuses some section is at: four badges with noughts would drown the one that matters. */}
            {SECTION_STATUSES.filter((status) => (summary.statuses[status] ?? 0) > 0).map((status) => (
              <li key={status} className="status-badge" data-status={status}>
                {sectionStatusLabels[status]} <span className="dashboard-row__status-count">{summary.statuses[status]}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

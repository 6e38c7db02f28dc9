import type { Organization } from '../../domain/accounts/model.js';
import { type ChiBoReports, type Progress, progressPercent } from './dashboardModel.js';
import { ProgressBar } from './ProgressBar.js';

interface DashboardSummaryProps {
  documents: number;
  /** How many of them are laid out by a template (and so count towards the progress). */
  templateDocuments: number;
  reports: ChiBoReports;
  progress: Progress;
}

/** Chi bộ named in full before "và n chi bộ khác". */
const NAMED_MISSING = 3;

/** The dashboard's first lines: how many documents, how many chi bộ have a political report, how far all of it has come. */
export function DashboardSummary({ documents, templateDocuments, reports, progress }: DashboardSummaryProps) {
  return (
    <dl className="dashboard-summary" data-testid="dashboard-summary">
      <div className="dashboard-stat">
        <dt className="dashboard-stat__label">Văn bản</dt>
        <dd className="dashboard-stat__value" data-testid="dashboard-document-count">
          {documents}
        </dd>
        <dd className="dashboard-stat__note">{templateDocuments === documents ? 'đều theo mẫu' : `${templateDocuments} theo mẫu`}</dd>
      </div>
      <div className="dashboard-stat">
        <dt className="dashboard-stat__label">Chi bộ có báo cáo chính trị</dt>
        <dd className="dashboard-stat__value" data-testid="dashboard-reports">
          {reports.withReport}/{reports.chiBo}
        </dd>
        <dd className="dashboard-stat__note">{missingNote(reports)}</dd>
      </div>
      <div className="dashboard-stat">
        <dt className="dashboard-stat__label">Tiến độ chung</dt>
        <dd className="dashboard-stat__value" data-testid="dashboard-overall">
          {progressPercent(progress)}%
        </dd>
        <dd className="dashboard-stat__bar">
          <ProgressBar progress={progress} label="Tiến độ chung" />
        </dd>
        <dd className="dashboard-stat__note">
          {progress.withContent}/{progress.total} mục đã có nội dung
        </dd>
      </div>
    </dl>
  );
}

/** Which chi bộ the subcommittee has not seen a report from yet ("chưa thấy": others may be hidden from some readers). */
function missingNote({ chiBo, missing }: ChiBoReports): string {
  if (chiBo === 0) return 'Chưa có chi bộ nào';
  if (missing.length === 0) return 'Đủ tất cả chi bộ';
  const named = missing.slice(0, NAMED_MISSING).map((o: Organization) => o.name);
  const rest = missing.length - named.length;
  return `Chưa thấy: ${named.join(', ')}${rest > 0 ? ` và ${rest} chi bộ khác` : ''}`;
}

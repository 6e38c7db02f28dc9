import { useMemo } from 'react';
import { Link } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { useLiveApiData } from '../../api/useLiveApiData.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { listTemplates } from '../../domain/templates/templatesApi.js';
import { DashboardRow } from './DashboardRow.js';
import { DashboardSummary } from './DashboardSummary.js';
import { type DashboardData, type DashboardDocument, loadDashboard } from './dashboardApi.js';
import {
  chiBoReports,
  groupDocuments,
  overallProgress,
  politicalReportTest,
  progressPercent,
  type TemplateInfo,
} from './dashboardModel.js';
import './dashboard.css';

/** How often the page asks again while someone looks at it. */
const REFRESH_MS = 5000;

const NO_TEMPLATES: TemplateInfo[] = [];

/**
 * `/tong-quan`: the documents subcommittee's view of every document one may see, under their
 * organizations (chi bộ first), each with its progress and section statuses, and at the top how
 * many documents there are, how many chi bộ have a political report and how far all of it has
 * come. It follows the drafting as it happens: asked again every few seconds while visible.
 */
export function DashboardPage() {
  usePageTitle('Tổng quan văn kiện');
  const { data, error, reload } = useLiveApiData(loadDashboard, REFRESH_MS);
  // Template titles rarely change; asked once.
  const templatesState = useApiData(listTemplates).state;
  const templates = templatesState.status === 'ready' ? templatesState.data : NO_TEMPLATES;

  return (
    <main className="dashboard" data-testid="dashboard" aria-busy={data === undefined && error === undefined}>
      <div className="dashboard__heading">
        <h1 className="page-heading dashboard__title">Tổng quan văn kiện</h1>
        <p className="dashboard__lede muted">Tiến độ soạn thảo văn kiện của các chi bộ và của phường, tự cập nhật khi có thay đổi.</p>
      </div>

      {data === undefined && error === undefined && <p className="panel muted">Đang tải tổng quan văn kiện…</p>}
      {error !== undefined && (
        <div className={data === undefined ? 'panel form-error' : 'notice dashboard__stale'} role="alert">
          {data === undefined ? error : `Chưa cập nhật được (${error}). Số liệu dưới đây có thể đã cũ; trang sẽ tự thử lại.`}{' '}
          <button type="button" className="button button--quiet" onClick={reload}>
            Thử lại
          </button>
        </div>
      )}
      {data !== undefined && <DashboardBody data={data} templates={templates} />}
    </main>
  );
}

function DashboardBody({ data, templates }: { data: DashboardData; templates: readonly TemplateInfo[] }) {
  const view = useMemo(() => {
    const isPoliticalReport = politicalReportTest(templates);
    return {
      groups: groupDocuments(data.documents, data.organizations),
      progress: overallProgress(data.documents),
      reports: chiBoReports(data.documents, data.organizations, isPoliticalReport),
      templateDocuments: data.documents.filter((d) => d.summary !== null).length,
      templateTitles: new Map(templates.map((t) => [t.id, t.title])),
    };
  }, [data, templates]);

  if (data.documents.length === 0) {
    return (
      <section className="panel dashboard__empty">
        <p>Chưa có văn bản nào bạn được xem.</p>
        <p className="muted">
          Báo cáo của các chi bộ và văn kiện của phường sẽ hiện ở đây ngay khi được tạo. <Link to="/">Tạo văn bản mới</Link>
        </p>
      </section>
    );
  }

  return (
    <>
      <DashboardSummary
        documents={data.documents.length}
        templateDocuments={view.templateDocuments}
        reports={view.reports}
        progress={view.progress}
      />
      {view.groups.map((group) => {
        const headingId = `dashboard-group-${group.key}`;
        return (
          <section
            key={group.key}
            className="panel dashboard-group"
            data-testid="dashboard-group"
            data-group={group.key}
            aria-labelledby={headingId}
          >
            <header className="dashboard-group__header">
              <h2 className="dashboard-group__name" id={headingId}>
                {group.name}
              </h2>
              <span className="dashboard-group__meta">
                {group.documents.length} văn bản
                {group.progress.total > 0 &&
                  ` · ${group.progress.withContent}/${group.progress.total} mục (${progressPercent(group.progress)}%)`}
              </span>
            </header>
            <ul className="dashboard-group__rows">
              {group.documents.map((record: DashboardDocument) => (
                <DashboardRow
                  key={record.id}
                  record={record}
                  templateTitle={record.templateId === null ? undefined : view.templateTitles.get(record.templateId)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

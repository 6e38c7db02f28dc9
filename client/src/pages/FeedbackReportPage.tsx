import { COMMENT_KINDS, commentAnswerLabels, commentKindLabels } from '@van-kien/schema';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useApiData } from '../api/useApiData.js';
import { formatDateTime } from '../app/formatDateTime.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { feedbackReportDocxUrl } from '../features/export/exportApi.js';
import { type FeedbackReport, getFeedbackReport, type KindCounts, type ReportItem } from '../features/feedbackReport/feedbackReportApi.js';
import { ROUND_STATUS_NAMES } from '../features/rounds/roundStatus.js';
import '../features/feedbackReport/feedbackReport.css';

/**
 * `/d/:documentId/tong-hop-y-kien`: the "Báo cáo tổng hợp ý kiến góp ý" of DOMAIN.md A7 for the
 * draft's authors, laid out as the document to print: I. how the consultation went, with counts by
 * kind and by organization; II. comments on the draft as a whole; III. the comments on each
 * section in the order of the draft, each quoted verbatim with its passage and its answer.
 */
export function FeedbackReportPage() {
  const documentId = useParams().documentId ?? '';
  const load = useCallback((signal: AbortSignal) => getFeedbackReport(documentId, signal), [documentId]);
  const { state, reload } = useApiData(load);
  usePageTitle(state.status === 'ready' ? `Tổng hợp ý kiến — ${state.data.document.title}` : 'Tổng hợp ý kiến góp ý');
  const back = (
    <Link className="report-toolbar__back" to={`/d/${encodeURIComponent(documentId)}`}>
      ← Về văn bản
    </Link>
  );

  if (state.status === 'loading') return <main className="message-page muted">Đang tổng hợp ý kiến…</main>;
  if (state.status === 'error') {
    return (
      <main className="message-page">
        <h1>Không lập được báo cáo tổng hợp</h1>
        <p className="form-error" role="alert">
          {state.message}
        </p>
        {back}
      </main>
    );
  }
  const report = state.data;
  return (
    <main className="report-page">
      <div className="report-toolbar">
        {back}
        <button type="button" className="button" onClick={reload}>
          Cập nhật
        </button>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          In báo cáo
        </button>
        <a className="button" href={feedbackReportDocxUrl(report.document.id)} download data-testid="download-report-docx">
          Tải về .docx
        </a>
      </div>
      <article className="report" data-testid="feedback-report">
        <header className="report__header">
          {report.document.organization && (
            <p className="report__organization">{report.document.organization.name.toLocaleUpperCase('vi')}</p>
          )}
          <h1 className="report__title">BÁO CÁO TỔNG HỢP Ý KIẾN GÓP Ý VÀO DỰ THẢO {report.document.title.toLocaleUpperCase('vi')}</h1>
          <p className="report__generated">Lập lúc {formatDateTime(report.generatedAt)}</p>
        </header>

        <ConsultationSection report={report} />

        <section className="report__section" aria-labelledby="report-general">
          <h2 id="report-general">II. Ý kiến chung về dự thảo</h2>
          {report.general.length === 0 ? <p className="report__none">Không có ý kiến chung.</p> : <ItemList items={report.general} />}
        </section>

        <section className="report__section" aria-labelledby="report-specific">
          <h2 id="report-specific">III. Ý kiến cụ thể</h2>
          {report.sections.length === 0 && <p className="report__none">Không có ý kiến về phần nào của dự thảo.</p>}
          {report.sections.map((section) => (
            <section
              key={section.sectionId}
              className="report__draft-section"
              data-testid="report-section"
              data-section-id={section.sectionId}
            >
              <h3>
                {section.label}{' '}
                <span className="report__count">
                  ({section.items.length}/{report.totals.threads} ý kiến)
                </span>
              </h3>
              <ItemList items={section.items} />
            </section>
          ))}
        </section>
      </article>
    </main>
  );
}

/** I. Tình hình tổ chức góp ý: the rounds, and the comments counted by kind, by organization and by answer. */
function ConsultationSection({ report }: { report: FeedbackReport }) {
  const { totals, rounds } = report;
  return (
    <section className="report__section" aria-labelledby="report-consultation">
      <h2 id="report-consultation">I. Tình hình tổ chức góp ý</h2>
      {rounds.length === 0 ? (
        <p>Văn bản chưa được gửi lấy ý kiến theo đợt; các ý kiến dưới đây do người có quyền góp ý gửi trực tiếp.</p>
      ) : (
        <ul className="report__rounds">
          {rounds.map((round) => (
            <li key={round.id} data-testid="report-round">
              {round.title} ({ROUND_STATUS_NAMES[round.status].toLocaleLowerCase('vi')}, hạn {formatDateTime(round.deadline)}): gửi{' '}
              {round.organizations.map((organization) => `${organization.name} (${organization.comments} ý kiến)`).join(', ')}.
            </li>
          ))}
        </ul>
      )}
      <p data-testid="report-total">
        Tổng số ý kiến: <strong>{totals.threads}</strong>; đã tiếp thu {totals.answered['tiep-thu']}, đã giải trình{' '}
        {totals.answered['giai-trinh']}, chưa trả lời {totals.answered.unanswered}.
      </p>

      <table className="report__table" data-testid="report-by-kind">
        <caption>Số ý kiến theo loại</caption>
        <thead>
          <tr>
            <KindHeaders />
            <th scope="col">Tổng</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <KindCells counts={totals.byKind} />
            <td>{totals.threads}</td>
          </tr>
        </tbody>
      </table>

      <table className="report__table" data-testid="report-by-organization">
        <caption>Số ý kiến theo tổ chức</caption>
        <thead>
          <tr>
            <th scope="col">Tổ chức</th>
            <KindHeaders />
            <th scope="col">Tổng</th>
          </tr>
        </thead>
        <tbody>
          {totals.byOrganization.map((row) => (
            <tr key={row.organization?.id ?? ''} data-testid="report-organization-row">
              <th scope="row">{row.organization?.name ?? 'Cá nhân (không thuộc tổ chức)'}</th>
              <KindCells counts={row.byKind} />
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A column heading per kind of comment, in the order of `KindCells`. */
function KindHeaders() {
  return (
    <>
      {COMMENT_KINDS.map((kind) => (
        <th key={kind} scope="col">
          {commentKindLabels[kind]}
        </th>
      ))}
    </>
  );
}

function KindCells({ counts }: { counts: KindCounts }) {
  return (
    <>
      {COMMENT_KINDS.map((kind) => (
        <td key={kind}>{counts[kind]}</td>
      ))}
    </>
  );
}

/** The comments of one part, numbered, each with its passage verbatim, who said it, its kind and its answer. */
function ItemList({ items }: { items: readonly ReportItem[] }) {
  return (
    <ol className="report__items">
      {items.map((item) => (
        <li key={item.threadId} className="report__item" data-testid="report-item" data-thread-id={item.threadId}>
          {item.quote !== null && (
            <p className="report__passage">
              {item.passageDeleted ? 'Đoạn văn được góp ý (nay đã bị xóa khỏi dự thảo): ' : 'Đoạn văn được góp ý: '}
              <q>{item.quote}</q>
            </p>
          )}
          <p className="report__opinion">
            <span className="report__who">{item.organization?.name ?? item.author.displayName}</span> ({commentKindLabels[item.kind]}):{' '}
            <span data-testid="report-item-body">{item.body}</span>
          </p>
          {item.replies.filter((reply) => !reply.deleted).length > 0 && (
            <ul className="report__replies">
              {item.replies
                .filter((reply) => !reply.deleted)
                .map((reply) => (
                  <li key={reply.id}>
                    {reply.organization?.name ?? reply.author.displayName}: {reply.body}
                  </li>
                ))}
            </ul>
          )}
          <p className="report__answer" data-testid="report-item-answer">
            {item.answer === null ? (
              <em>Chưa tiếp thu, giải trình.</em>
            ) : (
              <>
                <strong>{commentAnswerLabels[item.answer]}</strong>
                {item.answerText ? `: ${item.answerText}` : '.'}
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

import { useCallback } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { SelectField } from '../../app/SelectField.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { ComparisonView } from './ComparisonView.js';
import { compareVersions, comparisonDocxUrl, listVersions, type Version } from './historyApi.js';
import { type CompareSide, comparePath, parseCompareQuery } from './historyPaths.js';
import './history.css';

/** What the "to" side is called when it is today's text. */
const CURRENT_LABEL = 'Bản hiện tại';

/**
 * `/d/:documentId/compare?from=n&to=m|current`: what changed from one version to another, or to
 * today's text, marked as Word marks revisions; the two sides can be chosen again, and the
 * comparison downloads as the bản so sánh with Word's tracked changes.
 */
export function ComparePage() {
  const documentId = useParams().documentId ?? '';
  const [search] = useSearchParams();
  const sides = parseCompareQuery(search);
  usePageTitle('So sánh phiên bản');
  const loadVersions = useCallback((signal: AbortSignal) => listVersions(documentId, signal), [documentId]);
  const versions = useApiData(loadVersions).state;

  return (
    <main className="compare-page" data-testid="compare-page">
      <Link className="compare-page__back" to={`/d/${encodeURIComponent(documentId)}`}>
        ← Về văn bản
      </Link>
      <h1 className="compare-page__heading">So sánh phiên bản</h1>
      {sides === undefined ? (
        <p className="form-error" role="alert">
          Đường dẫn so sánh không đúng: cần chọn hai phiên bản.
        </p>
      ) : (
        <ApiDataView state={versions}>
          {({ versions: list }) => <Comparison documentId={documentId} versions={list} from={sides.from} to={sides.to} />}
        </ApiDataView>
      )}
    </main>
  );
}

interface ComparisonProps {
  documentId: string;
  versions: Version[];
  from: number;
  to: CompareSide;
}

function Comparison({ documentId, versions, from, to }: ComparisonProps) {
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => compareVersions(documentId, from, to, signal), [documentId, from, to]);
  const { state } = useApiData(load);
  const options = versions.map((version) => ({ value: String(version.number), label: version.label }));
  const choose = (side: 'from' | 'to', value: string) => {
    const chosen: CompareSide = value === 'current' ? 'current' : Number(value);
    void navigate(side === 'from' ? comparePath(documentId, Number(value), to) : comparePath(documentId, from, chosen), { replace: true });
  };
  return (
    <>
      <div className="compare-page__sides" data-testid="compare-sides">
        <SelectField
          label="Bản cũ"
          value={String(from)}
          options={options}
          onChange={(value) => choose('from', value)}
          testId="compare-from"
        />
        <SelectField
          label="So với"
          value={String(to)}
          options={[{ value: 'current', label: CURRENT_LABEL }, ...options]}
          onChange={(value) => choose('to', value)}
          testId="compare-to"
        />
        <a className="button" href={comparisonDocxUrl(documentId, from, to)} download data-testid="compare-docx">
          Tải bản so sánh (.docx)
        </a>
      </div>
      <ApiDataView state={state} loading="Đang so sánh…">
        {({ older, newer, comparison }) => (
          <ComparisonView comparison={comparison} olderLabel={older.label} newerLabel={newer?.label ?? CURRENT_LABEL.toLowerCase()} />
        )}
      </ApiDataView>
    </>
  );
}

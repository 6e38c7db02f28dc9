import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { usePageTitle } from '../../app/usePageTitle.js';
import { listVersions, type Version } from './historyApi.js';
import { type CompareSide, parseCompareQuery, versionPath } from './historyPaths.js';
import './history.css';

/** What the "to" side is called when it is today's text. */
const CURRENT_LABEL = 'Bản hiện tại';

/**
 * `/d/:documentId/compare?from=n&to=m|current`: two versions side by side. For now it names the
 * two sides; the rendering of what changed between them comes here.
 */
export function ComparePage() {
  const documentId = useParams().documentId ?? '';
  const [search] = useSearchParams();
  const sides = parseCompareQuery(search);
  const load = useCallback((signal: AbortSignal) => listVersions(documentId, signal), [documentId]);
  const { state } = useApiData(load);
  usePageTitle('So sánh phiên bản');
  const documentPath = `/d/${encodeURIComponent(documentId)}`;

  return (
    <main className="compare-page" data-testid="compare-page">
      <Link className="compare-page__back" to={documentPath}>
        ← Về văn bản
      </Link>
      <h1 className="compare-page__heading">So sánh phiên bản</h1>
      {sides === undefined ? (
        <p className="form-error" role="alert">
          Đường dẫn so sánh không đúng: cần chọn hai phiên bản.
        </p>
      ) : (
        <ApiDataView state={state}>
          {({ versions }) => (
            <p className="compare-page__sides" data-testid="compare-sides">
              <SideLabel documentId={documentId} versions={versions} side={sides.from} testId="compare-from" />
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> so với </span>
              <SideLabel documentId={documentId} versions={versions} side={sides.to} testId="compare-to" />
            </p>
          )}
        </ApiDataView>
      )}
      <p className="muted">Phần hiển thị những chỗ khác nhau giữa hai bản sẽ có ở đây.</p>
    </main>
  );
}

function SideLabel({ documentId, versions, side, testId }: { documentId: string; versions: Version[]; side: CompareSide; testId: string }) {
  if (side === 'current') {
    return (
      <Link to={`/d/${encodeURIComponent(documentId)}`} data-testid={testId}>
        {CURRENT_LABEL}
      </Link>
    );
  }
  const label = versions.find((version) => version.number === side)?.label ?? `Phiên bản ${side}`;
  return (
    <Link to={versionPath(documentId, side)} data-testid={testId}>
      {label}
    </Link>
  );
}

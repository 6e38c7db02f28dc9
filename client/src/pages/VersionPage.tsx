import { useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { DocumentRecordMessage } from '../features/documents/DocumentRecordMessage.js';
import { useDocumentRecord } from '../features/documents/useDocumentRecord.js';
import { parseVersionNumber } from '../features/history/historyPaths.js';
import { VersionView } from '../features/history/VersionView.js';

/** `/d/:documentId/versions/:number`: one version of a document, read-only, with what one may do with it. */
export function VersionPage() {
  const params = useParams();
  const documentId = params.documentId ?? '';
  const number = parseVersionNumber(params.number);
  const { state } = useDocumentRecord(documentId);
  usePageTitle(state.status === 'found' ? `Lịch sử: ${state.record.title}` : undefined);
  if (number === undefined) return <NotFoundPage />;
  if (state.status !== 'found') return <DocumentRecordMessage state={state} />;
  return (
    <main className="document-page">
      <VersionView
        key={`${documentId}:${number}`}
        documentId={documentId}
        documentTitle={state.record.title}
        role={state.record.role}
        number={number}
      />
    </main>
  );
}

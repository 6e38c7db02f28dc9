import { currentDraftMarker, type DocumentHeader, partyDocumentFormat, resolveDocumentHeader } from '@van-kien/schema';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle.js';
import type { DocumentRecord } from '../domain/documents/DocumentRecord.js';
import { DocumentRecordMessage } from '../features/documents/DocumentRecordMessage.js';
import { useDocumentRecord } from '../features/documents/useDocumentRecord.js';
import { docxUrl, PRINT_NOW_PARAMETER } from '../features/export/exportApi.js';
import { PrintedDocument } from '../features/export/PrintedDocument.js';
import { printStylesheet } from '../features/export/printStylesheet.js';
import { useHeaderDefaults } from '../features/export/useHeaderDefaults.js';
import { usePrintableBlocks } from '../features/export/usePrintableBlocks.js';
import { useStoredHeader } from '../features/export/useStoredHeader.js';
import { useDrafting } from '../features/history/useDrafting.js';
import type { DocumentSync } from '../sync/DocumentSync.js';
import { useDocumentSync } from '../sync/useDocumentSync.js';
import { useSyncStateValue } from '../sync/useSyncState.js';
import '../features/export/print.css';

/** What the header prints while its defaults cannot be loaded (offline): only what people set. */
const BLANK_HEADER: DocumentHeader = {
  upperOrganization: '',
  issuingOrganization: '',
  number: '',
  symbol: '',
  place: '',
  date: '',
  documentKind: '',
  summary: '',
  signerCapacity: '',
  signerTitle: '',
  signerName: '',
  recipients: [],
};

/** `/d/:documentId/in`: the document read-only, laid out as printed on A4, with the print stylesheet. */
export function PrintPage() {
  const documentId = useParams().documentId ?? '';
  const { state } = useDocumentRecord(documentId);
  usePageTitle(state.status === 'found' ? `In: ${state.record.title}` : undefined);
  if (state.status !== 'found') return <DocumentRecordMessage state={state} />;
  return <PrintWorkspace key={state.record.id} record={state.record} />;
}

function PrintWorkspace({ record }: { record: DocumentRecord }) {
  // Read-only: the server's copy is what prints, so no copy is kept on the device for it.
  const sync = useDocumentSync(record.id, undefined);
  return <main className="print-page">{sync && <SyncedPrint sync={sync} record={record} />}</main>;
}

function SyncedPrint({ sync, record }: { sync: DocumentSync; record: DocumentRecord }) {
  const connection = useSyncStateValue(sync, (state) => state.connection);
  const defaults = useHeaderDefaults(record.id);
  const stored = useStoredHeader(sync.doc);
  const blocks = usePrintableBlocks(sync.doc);
  const header = useMemo(
    () => resolveDocumentHeader(stored, defaults.status === 'ready' ? defaults.data : BLANK_HEADER),
    [stored, defaults],
  );
  const { history, drafting } = useDrafting(record.id, sync);
  // Until it is known (offline), the marker says a draft without its number: a printed draft is never passed off as adopted.
  const draftMarker = drafting ? currentDraftMarker(partyDocumentFormat, drafting) : partyDocumentFormat.texts.draftMarker;
  const stylesheet = useMemo(() => printStylesheet(partyDocumentFormat), []);
  const [search] = useSearchParams();
  const synced = connection === 'connected' && defaults.status !== 'loading' && history.status !== 'loading';
  usePrintWhenReady(synced && search.has(PRINT_NOW_PARAMETER));

  return (
    <div data-testid="print-view" data-synced={synced}>
      <style>{stylesheet}</style>
      <div className="print-toolbar">
        <Link to={`/d/${encodeURIComponent(record.id)}`}>← Về văn bản</Link>
        <p className="print-toolbar__title">{record.title}</p>
        {defaults.status === 'error' && (
          <span className="muted" role="status">
            Không tải được thông tin mặc định của văn bản
          </span>
        )}
        <a className="button" href={docxUrl(record.id)} download>
          Tải về .docx
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          In
        </button>
      </div>
      <PrintedDocument header={header} draftMarker={draftMarker} blocks={blocks} format={partyDocumentFormat} />
    </div>
  );
}

/** Opens the browser's print dialog once, when `ready` first holds (not again after a reconnection). */
function usePrintWhenReady(ready: boolean): void {
  const printed = useRef(false);
  useEffect(() => {
    if (!ready || printed.current) return;
    printed.current = true;
    window.print();
  }, [ready]);
}

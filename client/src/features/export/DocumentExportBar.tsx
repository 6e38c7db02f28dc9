import { useState } from 'react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { DocumentHeaderForm } from './DocumentHeaderForm.js';
import { docxUrl, printViewPath } from './exportApi.js';
import { useHeaderDefaults } from './useHeaderDefaults.js';
import './export.css';

interface DocumentExportBarProps {
  documentId: string;
  doc: Y.Doc;
  /** Whether the person may change the header metadata. */
  editable: boolean;
}

/** The document page's "Thông tin văn bản", "Tải về .docx" and "In", and the header form when open. */
export function DocumentExportBar({ documentId, doc, editable }: DocumentExportBarProps) {
  const [formOpen, setFormOpen] = useState(false);
  return (
    <div className="export-bar">
      <div className="export-bar__actions">
        <button
          type="button"
          className="button"
          aria-expanded={formOpen}
          data-testid="header-form-toggle"
          onClick={() => setFormOpen((open) => !open)}
        >
          Thông tin văn bản
        </button>
        <a className="button" href={docxUrl(documentId)} download data-testid="download-docx">
          Tải về .docx
        </a>
        <Link className="button" to={printViewPath(documentId, true)} data-testid="print-button">
          In
        </Link>
      </div>
      {formOpen && <OpenHeaderForm documentId={documentId} doc={doc} editable={editable} />}
    </div>
  );
}

/** The form with the defaults it shows as placeholders, loaded when it opens. */
function OpenHeaderForm({ documentId, doc, editable }: DocumentExportBarProps) {
  const defaults = useHeaderDefaults(documentId);
  return <DocumentHeaderForm doc={doc} defaults={defaults} editable={editable} />;
}

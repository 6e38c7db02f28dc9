import { useState } from 'react';
import { Link } from 'react-router';
import { canEdit } from '../../domain/accounts/documentRoles.js';
import type { DocumentRecord } from '../../domain/documents/DocumentRecord.js';
import { renameDocument } from '../../domain/documents/documentsApi.js';
import { formatActivity } from '../../domain/documents/formatActivity.js';
import { RoleBadge } from '../../domain/documents/RoleBadge.js';
import type { DocumentDraft } from '../../localStore/LocalStore.js';
import { TitleForm } from './TitleForm.js';

interface DocumentRowProps {
  record: DocumentRecord;
  /** The name of the organization it belongs to; undefined while unknown. */
  organizationName: string | undefined;
  /** Set for a document made on this device that the server has not registered. */
  draft?: DocumentDraft;
  onRenamed(record: DocumentRecord): void;
}

/**
 * One document in the list: its title as a link, one's role on it, whose it is and its last
 * activity; an inline rename for those who may edit it.
 */
export function DocumentRow({ record, organizationName, draft, onRenamed }: DocumentRowProps) {
  const [renaming, setRenaming] = useState(false);

  return (
    <li className="document-row" data-testid="document-row" data-document-id={record.id}>
      {renaming ? (
        <TitleForm
          initialTitle={record.title}
          submitLabel="Lưu"
          hideLabel
          autoFocus
          onCancel={() => setRenaming(false)}
          onSubmit={async (title) => {
            onRenamed(await renameDocument(record.id, title));
            setRenaming(false);
          }}
        />
      ) : (
        <>
          <div className="document-row__main">
            <Link className="document-row__title" to={`/d/${encodeURIComponent(record.id)}`}>
              {record.title}
            </Link>
            <span className="document-row__meta">
              <RoleBadge role={record.role} />
              {record.organizationId === null ? (
                <span>Văn bản cá nhân</span>
              ) : (
                organizationName !== undefined && <span>{organizationName}</span>
              )}
              <time dateTime={new Date(record.updatedAt).toISOString()}>{formatActivity(record.updatedAt)}</time>
              {draft && (
                <span className="pending-badge" data-testid="draft-badge" title={draft.refusal}>
                  {draft.refusal === undefined ? 'Chỉ có trên máy này, chưa lên máy chủ' : 'Máy chủ không nhận văn bản này'}
                </span>
              )}
            </span>
          </div>
          {/* The server cannot rename what it does not know yet. */}
          {canEdit(record.role) && !draft && (
            <button type="button" className="button button--quiet" onClick={() => setRenaming(true)}>
              Đổi tên
            </button>
          )}
        </>
      )}
    </li>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import type { DocumentRecord } from './DocumentRecord.js';
import { renameDocument } from './documentsApi.js';
import { formatActivity } from './formatActivity.js';
import { TitleForm } from './TitleForm.js';

/** One document in the list: its title as a link, its last activity, and an inline rename. */
export function DocumentRow({ record, onRenamed }: { record: DocumentRecord; onRenamed(record: DocumentRecord): void }) {
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
            <time className="document-row__time" dateTime={new Date(record.updatedAt).toISOString()}>
              {formatActivity(record.updatedAt)}
            </time>
          </div>
          <button type="button" className="button button--quiet" onClick={() => setRenaming(true)}>
            Đổi tên
          </button>
        </>
      )}
    </li>
  );
}

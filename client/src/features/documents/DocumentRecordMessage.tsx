import { Link } from 'react-router';
import type { DocumentRecordState } from './useDocumentRecord.js';

/** What a page about one document shows while its record is not (yet) there: loading, missing or failed. */
export function DocumentRecordMessage({ state }: { state: Exclude<DocumentRecordState, { status: 'found' }> }) {
  switch (state.status) {
    case 'loading':
      return <main className="message-page muted">Đang mở văn bản…</main>;
    case 'not-found':
      return (
        <main className="message-page">
          <h1>Không tìm thấy văn bản</h1>
          <p>Văn bản này không tồn tại, đường dẫn không đúng, hoặc bạn không có quyền xem.</p>
          <Link to="/">← Về danh sách văn bản</Link>
        </main>
      );
    case 'error':
      return (
        <main className="message-page">
          <h1>Không mở được văn bản</h1>
          <p className="form-error" role="alert">
            {state.message}
          </p>
          <Link to="/">← Về danh sách văn bản</Link>
        </main>
      );
  }
}

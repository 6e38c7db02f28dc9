import type { SyncState } from '../../sync/SyncState.js';

/**
 * In place of the editor until the document's content is here: being fetched, or, out of reach of
 * the server, not kept on this device because it was never opened here with a connection.
 */
export function DocumentCopyMissing({ state }: { state: SyncState }) {
  if (state.online && state.connection !== 'disconnected') return <p className="message-page muted">Đang mở văn bản…</p>;
  return (
    <div className="message-page" role="status" data-testid="no-offline-copy">
      <p>Văn bản này chưa từng được mở trên máy này khi có mạng, nên chưa có bản lưu để soạn khi ngoại tuyến.</p>
      <p className="muted">Văn bản sẽ tự mở khi có kết nối trở lại.</p>
    </div>
  );
}

import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle.js';

/** Any address the app does not know. */
export function NotFoundPage() {
  usePageTitle('Không tìm thấy trang');
  return (
    <main className="message-page">
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong ứng dụng.</p>
      <Link to="/">← Về danh sách văn bản</Link>
    </main>
  );
}

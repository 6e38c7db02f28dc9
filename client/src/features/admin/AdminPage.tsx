import { Link, NavLink, Outlet } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle.js';
import { useAccount } from '../../session/useSession.js';

const SECTIONS = [
  { to: '/quan-tri', label: 'Tài khoản' },
  { to: '/quan-tri/to-chuc', label: 'Tổ chức' },
  { to: '/quan-tri/loi-moi', label: 'Liên kết mời' },
  { to: '/quan-tri/mau-van-ban', label: 'Mẫu văn bản' },
  { to: '/quan-tri/nhat-ky', label: 'Nhật ký' },
] as const;

/**
 * `/quan-tri`: accounts, organizations, invite links, document templates and the audit log, one tab each. Only for
 * administrators; the server refuses everyone else's requests too, this only spares them the page.
 */
export function AdminPage() {
  const { isAdmin } = useAccount();
  usePageTitle('Quản trị');
  if (!isAdmin) {
    return (
      <main className="message-page">
        <h1>Không có quyền truy cập</h1>
        <p>Chỉ quản trị viên mới vào được trang quản trị.</p>
        <Link to="/">← Về danh sách văn bản</Link>
      </main>
    );
  }
  return (
    <main className="admin-page">
      <h1 className="page-heading">Quản trị</h1>
      <nav className="tabs" aria-label="Mục quản trị">
        {SECTIONS.map((section) => (
          <NavLink key={section.to} to={section.to} end className="tabs__tab">
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </main>
  );
}

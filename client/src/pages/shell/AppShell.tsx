import { Link, NavLink, Outlet } from 'react-router';
import { useCommentDelivery } from '../../features/comments/useCommentDelivery.js';
import { NotificationBell } from '../../features/notifications/NotificationBell.js';
import { useAccount } from '../../session/useSession.js';
import { AccountMenu } from './AccountMenu.js';

/**
 * The frame around every signed-in page: the app's name, its sections, the notifications and the
 * account; behind it, comments written offline keep going out.
 */
export function AppShell() {
  const { isAdmin } = useAccount();
  useCommentDelivery();
  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__start">
          <Link to="/" className="shell__brand">
            Văn Kiện
          </Link>
          <nav className="shell__nav" aria-label="Mục chính">
            <NavLink to="/" end className="shell__link">
              Văn bản
            </NavLink>
            <NavLink to="/tong-quan" className="shell__link" data-testid="dashboard-link">
              Tổng quan
            </NavLink>
            {isAdmin && (
              <NavLink to="/quan-tri" className="shell__link" data-testid="admin-link">
                Quản trị
              </NavLink>
            )}
          </nav>
        </div>
        <div className="shell__end">
          <NotificationBell />
          <AccountMenu />
        </div>
      </header>
      <Outlet />
    </div>
  );
}

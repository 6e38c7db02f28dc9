import { Link, NavLink, Outlet } from 'react-router';
import { AccountMenu } from '../features/session/AccountMenu.js';
import { useAccount } from '../features/session/useSession.js';

/** The frame around every signed-in page: the app's name, its sections and the account. */
export function AppShell() {
  const { isAdmin } = useAccount();
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
        <AccountMenu />
      </header>
      <Outlet />
    </div>
  );
}

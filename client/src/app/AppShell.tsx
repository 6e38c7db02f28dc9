import { Link, Outlet } from 'react-router';
import { IdentityForm } from '../features/identity/IdentityForm.js';

/** The frame around every page: the app's name and the user's identity. */
export function AppShell() {
  return (
    <div className="shell">
      <header className="shell__header">
        <Link to="/" className="shell__brand">
          Văn Kiện
        </Link>
        <IdentityForm />
      </header>
      <Outlet />
    </div>
  );
}

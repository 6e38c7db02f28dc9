import { Navigate, Outlet, useLocation } from 'react-router';
import { LocalStoreProvider } from '../localStore/LocalStoreProvider.js';
import { signInPath } from './signInRedirect.js';
import { useSession } from './useSession.js';

/**
 * Guards every page but sign-in and invites: renders them only for a signed-in person, with what
 * they keep on this device, and sends anyone else to the sign-in page, which brings them back here
 * afterwards.
 */
export function RequireSignIn() {
  const { state, refresh } = useSession();
  const location = useLocation();

  switch (state.status) {
    case 'loading':
      return <main className="message-page muted">Đang tải…</main>;
    case 'error':
      return (
        <main className="message-page">
          <h1>Không kết nối được với máy chủ</h1>
          <p className="form-error" role="alert">
            {state.message}
          </p>
          <button type="button" className="button" onClick={() => void refresh()}>
            Thử lại
          </button>
        </main>
      );
    case 'signed-out':
      return <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
    case 'signed-in':
      return (
        <LocalStoreProvider userId={state.account.id}>
          <Outlet />
        </LocalStoreProvider>
      );
  }
}

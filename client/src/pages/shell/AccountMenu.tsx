import { Link } from 'react-router';
import { membershipLabel } from '../../domain/accounts/organizationRoles.js';
import { CaretColorPicker } from '../../features/identity/CaretColorPicker.js';
import { useLocalStore } from '../../localStore/useLocalStore.js';
import { signOut } from '../../session/sessionApi.js';
import { useAccount, useSession } from '../../session/useSession.js';
import { confirmSignOut, forgetThisDevice } from './deviceSignOut.js';

/** The header's account corner: caret colour, who is signed in (and as what), password, sign-out. */
export function AccountMenu() {
  const account = useAccount();
  const { signedOut } = useSession();
  const store = useLocalStore();
  const roles = account.memberships.map(membershipLabel);
  if (account.isAdmin) roles.unshift('Quản trị viên');

  async function signOutHere() {
    if (!(await confirmSignOut(store))) return;
    try {
      await signOut();
    } finally {
      // Even when the request failed, this page must stop acting as the person.
      await forgetThisDevice(store);
      signedOut();
    }
  }

  return (
    <div className="account">
      <CaretColorPicker />
      <div className="account__who">
        <span className="account__name" data-testid="account-name">
          {account.displayName}
        </span>
        {roles.length > 0 && (
          <span className="account__roles" title={roles.join('\n')}>
            {roles.join(' · ')}
          </span>
        )}
      </div>
      <Link className="button button--quiet" to="/doi-mat-khau">
        Đổi mật khẩu
      </Link>
      <button type="button" className="button" onClick={() => void signOutHere()}>
        Đăng xuất
      </button>
    </div>
  );
}

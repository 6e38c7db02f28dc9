import { useContext } from 'react';
import type { Account } from '../domain/accounts/model.js';
import { type Session, SessionContext } from './SessionContext.js';

/** The app's session; only inside `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider');
  return session;
}

/** The signed-in person; only on pages behind `RequireSignIn`, which render nothing else. */
export function useAccount(): Account {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useAccount is used on a page that does not require sign-in');
  return state.account;
}

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { messageOf } from '../../api/ApiError.js';
import { onSessionLost } from '../../api/sessionLost.js';
import { fetchAccount } from './sessionApi.js';
import { SessionContext, type Session, type SessionState } from './SessionContext.js';

/**
 * Knows who is signed in: asks GET /api/auth/me when the app starts and after signing in, and
 * turns signed-out as soon as any request or socket reports the session lost.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Only the newest question's answer counts: an older, slower one must not overwrite it.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const asked = ++latest.current;
    try {
      const account = await fetchAccount();
      if (asked !== latest.current) return;
      setState(account ? { status: 'signed-in', account } : { status: 'signed-out' });
    } catch (error) {
      if (asked !== latest.current) return;
      // A failed refresh while signed in (the network blinked) keeps the person signed in.
      setState((current) => (current.status === 'signed-in' ? current : { status: 'error', message: messageOf(error) }));
    }
  }, []);

  const signedOut = useCallback(() => {
    latest.current++;
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onSessionLost(signedOut), [signedOut]);

  const session = useMemo<Session>(() => ({ state, refresh, signedOut }), [state, refresh, signedOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

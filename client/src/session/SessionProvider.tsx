import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/ApiError.js';
import { onSessionLost } from '../api/sessionLost.js';
import { rememberAccount, rememberedAccount } from './rememberedAccount.js';
import { type Session, SessionContext, type SessionState } from './SessionContext.js';
import { fetchAccount } from './sessionApi.js';

/**
 * Knows who is signed in: asks GET /api/auth/me when the app starts and after signing in, and
 * turns signed-out as soon as any request or socket reports the session lost. Offline, the person
 * last signed in on this browser stays signed in, so their documents open; the server is asked
 * again once the browser is back online, and only then can a session it ended ask for sign-in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Only the newest question's answer counts: an older, slower one must not overwrite it.
  const latest = useRef(0);
  // Whether the signed-in state came from this browser's memory rather than from the server.
  const fromMemory = useRef(false);

  const refresh = useCallback(async () => {
    const asked = ++latest.current;
    try {
      const account = await fetchAccount();
      if (asked !== latest.current) return;
      fromMemory.current = false;
      if (account) rememberAccount(account);
      setState(account ? { status: 'signed-in', account } : { status: 'signed-out' });
    } catch (error) {
      if (asked !== latest.current) return;
      const remembered = error instanceof ApiError && error.isUnreachable ? rememberedAccount() : undefined;
      if (remembered) fromMemory.current = true;
      // A failed refresh while signed in (the network blinked) keeps the person signed in.
      setState((current) => {
        if (current.status === 'signed-in') return current;
        return remembered ? { status: 'signed-in', account: remembered } : { status: 'error', message: messageOf(error) };
      });
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

  useEffect(() => {
    const confirm = () => {
      if (fromMemory.current) void refresh();
    };
    window.addEventListener('online', confirm);
    return () => window.removeEventListener('online', confirm);
  }, [refresh]);

  const session = useMemo<Session>(() => ({ state, refresh, signedOut }), [state, refresh, signedOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

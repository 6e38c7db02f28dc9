import { createContext } from 'react';
import type { Account } from '../domain/accounts/model.js';

/** Whether someone is signed in in this browser, as the app knows it. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: Account }
  | { status: 'error'; message: string };

export interface Session {
  state: SessionState;
  /** Asks the server again who is signed in (after signing in, or to retry a failed start). */
  refresh(): Promise<void>;
  /** The session ended (signed out here or lost on the server). */
  signedOut(): void;
}

/** Provided by `SessionProvider` around the whole app. */
export const SessionContext = createContext<Session | undefined>(undefined);

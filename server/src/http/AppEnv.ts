import type { Authenticated } from '../auth/AuthService.js';

/** What middleware puts on every request's context. */
export interface AppEnv {
  Variables: {
    /** The signed-in user, if any credential was valid. */
    auth: Authenticated | undefined;
    /** The client's address, for rate limiting and the audit log. */
    address: string;
  };
}

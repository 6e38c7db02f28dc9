const listeners = new Set<() => void>();

/**
 * Says that the server no longer knows this browser's session (a 401 from the API, a socket
 * closed with 4401): signed out elsewhere, the password was reset, or the session expired. The
 * session listens and sends the user to the sign-in page.
 */
export function reportSessionLost(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever the session is reported lost; returns the unsubscribe function. */
export function onSessionLost(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

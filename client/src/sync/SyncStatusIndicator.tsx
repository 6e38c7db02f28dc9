import { describeSyncState } from './describeSyncState.js';
import { isFinalConnection, type SyncState } from './SyncState.js';

/**
 * Tone of the indicator: green when stored, amber while saving or reconnecting with nothing at
 * risk, red when edits are at risk or the document is out of reach.
 */
function tone({ connection, saved, gaveUp, editsRefused }: SyncState): 'ok' | 'busy' | 'alert' {
  if (isFinalConnection(connection) || gaveUp || (editsRefused && !saved)) return 'alert';
  if (connection === 'disconnected') return saved ? 'busy' : 'alert';
  return connection === 'connected' && saved ? 'ok' : 'busy';
}

/**
 * The save and connection status of the open document. Its data attributes are stable for
 * browser tests: `data-connection` (connecting, connected, disconnected, not-found, signed-out,
 * access-revoked) and `data-saved` (saved, saving).
 */
export function SyncStatusIndicator({ state }: { state: SyncState }) {
  return (
    <div
      className={`sync-status sync-status--${tone(state)}`}
      data-testid="sync-status"
      data-connection={state.connection}
      data-saved={state.saved ? 'saved' : 'saving'}
      role="status"
      aria-live="polite"
    >
      <span className="sync-status__dot" aria-hidden="true" />
      <span className="sync-status__text">{describeSyncState(state)}</span>
    </div>
  );
}

import { describeSyncState } from './describeSyncState.js';
import { isFinalConnection, type SyncState } from './SyncState.js';

/**
 * Tone of the indicator: green when stored on the server, amber while saving, offline or
 * reconnecting with every change kept somewhere, red when edits are at risk or the document is out
 * of reach.
 */
function tone({ connection, saved, gaveUp, editsRefused, unprotected }: SyncState): 'ok' | 'busy' | 'alert' {
  if (isFinalConnection(connection) || gaveUp || (editsRefused && !saved)) return 'alert';
  if (connection === 'disconnected' && unprotected) return 'alert';
  return connection === 'connected' && saved ? 'ok' : 'busy';
}

/**
 * The save and connection status of the open document. Its data attributes are stable for
 * browser tests: `data-connection` (connecting, connected, disconnected, not-found, signed-out,
 * access-revoked), `data-saved` (saved, saving: on the server or not) and `data-on-device` (how many
 * changes are kept on this device only).
 */
export function SyncStatusIndicator({ state }: { state: SyncState }) {
  return (
    <div
      className={`sync-status sync-status--${tone(state)}`}
      data-testid="sync-status"
      data-connection={state.connection}
      data-saved={state.saved ? 'saved' : 'saving'}
      data-on-device={state.changesOnDevice}
      role="status"
      aria-live="polite"
    >
      <span className="sync-status__dot" aria-hidden="true" />
      <span className="sync-status__text">{describeSyncState(state)}</span>
    </div>
  );
}

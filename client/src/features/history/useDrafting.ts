import { useCallback, useEffect, useRef } from 'react';
import { type ApiData, useApiData } from '../../api/useApiData.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { useSyncStateValue } from '../../sync/useSyncState.js';
import { type DraftingState, listVersions, type VersionList } from './historyApi.js';

/** A document's history and drafting state, as a page holds it once for its marker and its panel. */
export interface Drafting {
  /** The versions and the drafting state, as loaded. */
  history: ApiData<VersionList>;
  /** The drafting state once loaded: "DỰ THẢO (lần n)" or "Đã thông qua". */
  drafting: DraftingState | undefined;
  /** Asks again now (after one's own freeze, restore or adoption). */
  reload(): void;
}

/**
 * The document's drafting state and versions (`GET …/versions` carries both), kept live while
 * `sync` has the document open: fetched again when the server says they changed
 * (`VersionsChanged` [P-EXT-5]) and when the connection comes back, since frames sent meanwhile
 * were missed. One fetch serves the editor's marker, the "Lịch sử" panel and the print page.
 */
export function useDrafting(documentId: string, sync: DocumentSync): Drafting {
  const load = useCallback((signal: AbortSignal) => listVersions(documentId, signal), [documentId]);
  const { state, reload } = useApiData(load);
  useEffect(() => sync.onVersionsChanged(reload), [sync, reload]);
  useReloadAfterReconnect(sync, reload);
  return { history: state, drafting: state.status === 'ready' ? state.data.drafting : undefined, reload };
}

function useReloadAfterReconnect(sync: DocumentSync, reload: () => void): void {
  const connection = useSyncStateValue(sync, (state) => state.connection);
  const lostConnection = useRef(false);
  useEffect(() => {
    if (connection === 'disconnected') lostConnection.current = true;
    if (connection === 'connected' && lostConnection.current) {
      lostConnection.current = false;
      reload();
    }
  }, [connection, reload]);
}

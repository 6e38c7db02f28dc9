import { SYNC_PATH } from '@van-kien/protocol';

/**
 * The y-websocket server URL on the page's own origin: the server serves the app, the API and
 * the sync endpoint together (and the dev server proxies them), so no address is configured.
 */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SYNC_PATH}`;
}

/**
 * WebSocket close codes the server uses, with the reason text sent beside them.
 * 4400-4499 are permanent (the stock y-websocket client does not reconnect);
 * 4500-4599 are transient (it reconnects with backoff), as y-websocket 3 defines.
 */
export const CloseCode = {
  MalformedMessage: 4400,
  Unauthorized: 4401,
  UnknownMessageType: 4402,
  AccessRevoked: 4403,
  DocumentNotFound: 4404,
  MessageTooLarge: 4413,
  InvalidUpdate: 4422,
  /** The store failed while loading the document or deciding access [S-LOAD-2][S-AUTH-6]; try again. */
  StorageUnavailable: 4500,
  AccessChanged: 4509,
  ServerShuttingDown: 4503,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
export type CloseCodeValue = (typeof CloseCode)[CloseCodeName];

/** Human-readable reason for each close code; WebSocket limits a reason to 123 bytes. */
export const closeReasons: Record<CloseCodeValue, string> = {
  [CloseCode.MalformedMessage]: 'malformed message',
  [CloseCode.Unauthorized]: 'sign in required',
  [CloseCode.AccessRevoked]: 'access to this document was withdrawn',
  [CloseCode.UnknownMessageType]: 'unknown message type',
  [CloseCode.DocumentNotFound]: 'document not found',
  [CloseCode.MessageTooLarge]: 'message too large',
  [CloseCode.InvalidUpdate]: 'update cannot be applied',
  [CloseCode.StorageUnavailable]: 'storage unavailable, try again later',
  [CloseCode.AccessChanged]: 'access changed, reconnect',
  [CloseCode.ServerShuttingDown]: 'server restarting',
};

/** Whether a client should reconnect after the server closed with `code`. */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

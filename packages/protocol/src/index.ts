export { MessageType, SyncStep, type MessageTypeValue, type SyncStepValue } from './messageType.js';
export { PROTOCOL_VERSION, SYNC_PATH } from './version.js';
export { CloseCode, closeReasons, isPermanentClose, type CloseCodeName, type CloseCodeValue } from './closeCodes.js';
export { ProtocolError } from './ProtocolError.js';
export {
  decodeFrame,
  encodeAwareness,
  encodeCommentsChanged,
  encodeHello,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  readSavedPayload,
  type Frame,
} from './frames.js';

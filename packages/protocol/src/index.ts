export { CloseCode, type CloseCodeName, type CloseCodeValue, closeReasons, isPermanentClose } from './closeCodes.js';
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
  encodeVersionsChanged,
  type Frame,
  readSavedPayload,
} from './frames.js';
export { MessageType, type MessageTypeValue, SyncStep, type SyncStepValue } from './messageType.js';
export { ProtocolError } from './ProtocolError.js';
export { PROTOCOL_VERSION, SYNC_PATH } from './version.js';

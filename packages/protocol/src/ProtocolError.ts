import { CloseCode, type CloseCodeValue } from './closeCodes.js';

/** A frame that breaks the protocol; the connection that sent it is closed with `closeCode`. */
export class ProtocolError extends Error {
  constructor(
    readonly closeCode: CloseCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }

  static malformed(message: string): ProtocolError {
    return new ProtocolError(CloseCode.MalformedMessage, message);
  }
}

import { CloseCode, type CloseCodeValue } from '@van-kien/protocol';

/** A failure that ends one connection; mapped to the wire by `closeCode` in one place (Connection). */
export class SyncError extends Error {
  constructor(
    readonly closeCode: CloseCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  static documentNotFound(documentId: string): SyncError {
    return new SyncError(CloseCode.DocumentNotFound, `document ${documentId} does not exist`);
  }
}

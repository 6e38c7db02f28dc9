/** Version of the Văn Kiện extensions, carried in `Hello`; bumped on any incompatible change. */
export const PROTOCOL_VERSION = 1;

/** Path prefix of the sync endpoint: a document is reached at `${SYNC_PATH}/<documentId>`. */
export const SYNC_PATH = '/sync';

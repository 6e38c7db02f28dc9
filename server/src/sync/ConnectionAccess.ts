/**
 * What a connection may do with its document [S-AUTH-*]:
 * - `edit`: its updates are applied, stored and relayed; its presence is shared;
 * - `comment`: read-only content; its presence is shared;
 * - `view`: read-only content; its presence is not shared.
 */
export type AccessMode = 'edit' | 'comment' | 'view';

export interface ConnectionAccess {
  mode: AccessMode;
  /** Who is behind the connection, for the record of what they changed. */
  userId?: string;
  /** Whether the user may approve sections (set or clear "Đã duyệt"); only meaningful with `edit`. */
  mayApprove?: boolean;
}

/**
 * Decides (and later re-decides) a connection's access. Throws a `SyncError` to refuse: 4401 when
 * nobody is signed in, 4404 when the document does not exist or is not visible to the user. Any
 * other error (a store that throws) means access could not be decided: the sync core closes the
 * connection with `StorageUnavailable` (4500, transient), never with a refusal [S-AUTH-6].
 */
export type Authorizer = () => Promise<ConnectionAccess>;

/**
 * First varUint of every frame. 0-3 are the standard y-websocket types; 100 and up are Văn Kiện
 * extensions, sent by the server only to a connection that announced itself with `Hello` [P-EXT-1].
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  Hello: 100,
  Saved: 101,
  CommentsChanged: 102,
  VersionsChanged: 103,
} as const;

export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType];

/** Sub-type of a `Sync` frame, as in y-protocols/sync. */
export const SyncStep = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const;

export type SyncStepValue = (typeof SyncStep)[keyof typeof SyncStep];

import type { NotificationKind } from '@van-kien/api';

/** The data the API exchanges is declared once, with the browser (`@van-kien/api`). */
export type {
  Notification,
  NotificationKind,
  OrganizationRef,
  Person,
  Reply,
  Round,
  RoundStatus,
  Thread,
  ThreadStatus,
} from '@van-kien/api';

/** A notification to store, written in the same transaction as the change it tells of. */
export interface NewNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  documentId: string;
  threadId: string | null;
  actorId: string;
  createdAt: number;
}

import type { NewNotification, NotificationKind } from './model.js';

export interface NotificationEvent {
  kind: NotificationKind;
  documentId: string;
  threadId: string | null;
  actorId: string;
  createdAt: number;
}

/** One notification of `event` for each of the users, once each, never for the one who acted. */
export function notificationsTo(userIds: Iterable<string>, event: NotificationEvent, newId: () => string): NewNotification[] {
  const recipients = new Set(userIds);
  recipients.delete(event.actorId);
  return [...recipients].map((userId) => ({ id: newId(), userId, ...event }));
}

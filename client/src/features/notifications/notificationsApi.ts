import { apiRequest } from '../../api/apiRequest.js';
import type { Person } from '../comments/commentModel.js';

/** Something that happened on one's documents: a new comment, a reply, an answer, a round opened. */
export interface Notification {
  id: string;
  kind: 'comment' | 'reply' | 'answer' | 'round';
  document: { id: string; title: string };
  /** The thread it is about; null for a round. */
  threadId: string | null;
  /** Who did it. */
  actor: Person;
  createdAt: number;
  read: boolean;
}

export interface NotificationList {
  /** The latest ones, newest first. */
  notifications: Notification[];
  unread: number;
}

export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiRequest<NotificationList>('/api/notifications', { signal });
}

export function markNotificationsRead(ids: readonly string[]): Promise<void> {
  return apiRequest<void>('/api/notifications/read', { method: 'POST', body: { ids } });
}

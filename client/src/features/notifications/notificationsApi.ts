import type { Notification } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { Notification };

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

import type { Notification, NotificationList } from '@van-kien/api';
import { apiRequest } from '../../api/apiRequest.js';

export type { Notification, NotificationList };

export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return apiRequest<NotificationList>('/api/notifications', { signal });
}

export function markNotificationsRead(ids: readonly string[]): Promise<void> {
  return apiRequest<void>('/api/notifications/read', { method: 'POST', body: { ids } });
}

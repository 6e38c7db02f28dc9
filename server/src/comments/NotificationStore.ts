import type { Notification } from './model.js';

/** In-app notifications; they are written by the stores of the changes they tell of (see `NewNotification`). */
export interface NotificationStore {
  /** The user's notifications, newest first. */
  listForUser(userId: string, limit: number): Promise<Notification[]>;
  /** How many unread notifications the user has about each document. */
  unreadByDocument(userId: string): Promise<Map<string, number>>;
  /** Marks the user's notifications among `ids` read; ids of others' notifications are ignored. */
  markRead(userId: string, ids: readonly string[], now: number): Promise<void>;
}

import type { User } from '../accounts/model.js';
import type { AccessService } from '../auth/AccessService.js';
import type { Notification } from './model.js';
import type { NotificationStore } from './NotificationStore.js';

/**
 * The user's latest notifications and their unread count, about documents they may still see:
 * one who lost access to a document no longer learns of it, not even its title.
 */
export async function notificationsOf(
  user: User,
  store: NotificationStore,
  access: AccessService,
  limit: number,
): Promise<{ notifications: Notification[]; unread: number }> {
  const listed = await store.listForUser(user.id, limit);
  const unreadByDocument = await store.unreadByDocument(user.id);
  const visible = new Set<string>();
  for (const documentId of new Set([...listed.map((n) => n.document.id), ...unreadByDocument.keys()])) {
    if (await access.roleOn(user, documentId)) visible.add(documentId);
  }
  let unread = 0;
  for (const [documentId, count] of unreadByDocument) if (visible.has(documentId)) unread += count;
  return { notifications: listed.filter((n) => visible.has(n.document.id)), unread };
}

import { OutboxDatabase } from '../../features/comments/outbox/OutboxDatabase.js';
import type { LocalStore } from '../../localStore/LocalStore.js';
import { forgetAccount } from '../../session/rememberedAccount.js';

/**
 * Before signing out: says how many changes would be lost (kept on this device only, never sent to
 * the server) and asks to go on. Resolves with the person's answer; true at once when none would be.
 */
export async function confirmSignOut(store: LocalStore | undefined): Promise<boolean> {
  const unsynced = store ? await store.unsyncedDocuments().catch(() => []) : [];
  const changes = unsynced.reduce((sum, document) => sum + document.unsyncedChanges, 0);
  if (changes === 0) return true;
  return window.confirm(
    `Còn ${changes} thay đổi ở ${unsynced.length} văn bản chỉ lưu trên máy này, chưa lên máy chủ. ` +
      'Đăng xuất sẽ xóa chúng khỏi máy này. Vẫn đăng xuất?',
  );
}

/**
 * Forgets the person on this device once they sign out: everything they kept here (drafts and
 * undelivered comments), and that they were signed in, so that whoever uses this browser next sees
 * none of it.
 */
export async function forgetThisDevice(store: LocalStore | undefined): Promise<void> {
  forgetAccount();
  if (!store) return;
  await Promise.all([store.destroy().catch(() => undefined), OutboxDatabase.remove(store.userId).catch(() => undefined)]);
}

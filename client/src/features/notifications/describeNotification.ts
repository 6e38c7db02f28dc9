import type { Notification } from './notificationsApi.js';

/** What a notification says, in a sentence ("Lê Thị Hoa đã góp ý vào …"). */
export function describeNotification({ kind, actor, document }: Notification): string {
  const who = actor.displayName;
  const title = `«${document.title}»`;
  switch (kind) {
    case 'comment':
      return `${who} đã góp ý vào ${title}`;
    case 'reply':
      return `${who} đã trả lời một ý kiến trong ${title}`;
    case 'answer':
      return `${who} đã tiếp thu hoặc giải trình một ý kiến trong ${title}`;
    case 'round':
      return `${who} đã gửi lấy ý kiến về ${title}`;
  }
}

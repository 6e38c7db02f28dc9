import { describe, expect, it } from 'vitest';
import { describeNotification } from './describeNotification.js';
import type { Notification } from './notificationsApi.js';

const notification = (change: Partial<Notification>): Notification => ({
  id: 'n1',
  kind: 'comment',
  document: { id: 'doc 1', title: 'Báo cáo chính trị' },
  threadId: 'Thread_id-0123456789ab',
  actor: { id: 'u2', displayName: 'Lê Thị Hoa' },
  createdAt: 0,
  read: false,
  ...change,
});

describe('notifications', () => {
  it('say who did what on which document', () => {
    expect(describeNotification(notification({}))).toBe('Lê Thị Hoa đã góp ý vào «Báo cáo chính trị»');
    expect(describeNotification(notification({ kind: 'reply' }))).toBe('Lê Thị Hoa đã trả lời một ý kiến trong «Báo cáo chính trị»');
    expect(describeNotification(notification({ kind: 'answer' }))).toBe(
      'Lê Thị Hoa đã tiếp thu hoặc giải trình một ý kiến trong «Báo cáo chính trị»',
    );
    expect(describeNotification(notification({ kind: 'round', threadId: null }))).toBe(
      'Lê Thị Hoa đã gửi lấy ý kiến về «Báo cáo chính trị»',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { adoptionText, formatVietnamTime, freezeBlocker, frozenConfirmation, isProminent, versionByline } from './historyText.js';

/** 26/11/2026 14:05 in Hà Nội (UTC+7), 07:05 UTC. */
const AFTERNOON = Date.UTC(2026, 10, 26, 7, 5);
const minh = { id: 'u1', displayName: 'Trần Văn Minh' };

describe('history texts', () => {
  it('writes a moment in Vietnam’s time as documents do, whatever the zone of the machine', () => {
    expect(formatVietnamTime(AFTERNOON)).toBe('14:05, 26/11/2026');
    // 17:30 UTC is already the next day in Hà Nội, past midnight.
    expect(formatVietnamTime(Date.UTC(2026, 0, 31, 17, 30))).toBe('00:30, 01/02/2026');
  });

  it('says who made a version and when, and that the server took an automatic one', () => {
    expect(versionByline({ createdBy: minh, createdAt: AFTERNOON })).toBe('Trần Văn Minh · 14:05, 26/11/2026');
    expect(versionByline({ createdBy: null, createdAt: AFTERNOON })).toBe('Hệ thống tự lưu');
  });

  it('confirms a freeze by the draft’s number, whatever name it was given', () => {
    expect(frozenConfirmation({ draftNumber: 1, label: 'Dự thảo lần 1: trình chi ủy' })).toBe('Đã lưu Dự thảo lần 1');
  });

  it('states the adoption with who and when, or the draft the next freeze makes', () => {
    expect(adoptionText({ nextDraftNumber: 2, adoptedAt: null, adoptedBy: null })).toBe(
      'Văn bản đang là dự thảo; lần lưu tới sẽ là Dự thảo lần 2.',
    );
    expect(adoptionText({ nextDraftNumber: 2, adoptedAt: AFTERNOON, adoptedBy: minh })).toBe(
      'Đã thông qua lúc 14:05, 26/11/2026 bởi Trần Văn Minh.',
    );
  });

  it('lets a draft be frozen only when it is not adopted and the server has every change typed', () => {
    expect(freezeBlocker({ adopted: false, connected: true, saved: true })).toBeUndefined();
    expect(freezeBlocker({ adopted: true, connected: true, saved: true })).toBe('Văn bản đã được thông qua, không lưu thêm dự thảo.');
    expect(freezeBlocker({ adopted: false, connected: false, saved: true })).toBe('Cần kết nối với máy chủ để lưu dự thảo.');
    expect(freezeBlocker({ adopted: false, connected: true, saved: false })).toBe('Đang lưu những thay đổi vừa gõ lên máy chủ…');
  });

  it('sets named drafts and restores apart from the versions taken automatically', () => {
    expect(isProminent('draft')).toBe(true);
    expect(isProminent('restore')).toBe(true);
    expect(isProminent('auto')).toBe(false);
    expect(isProminent('before-restore')).toBe(false);
  });
});

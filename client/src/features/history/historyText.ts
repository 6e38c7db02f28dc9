import type { DraftingState, Version, VersionKind } from '@van-kien/api';

/** What each kind of version is called beside its label. */
export const VERSION_KIND_NAMES: Record<VersionKind, string> = {
  draft: 'Dự thảo',
  auto: 'Tự động',
  'before-restore': 'Trước khi khôi phục',
  restore: 'Khôi phục',
  import: 'Nhập từ Word',
};

/** Named drafts stand out in the list; the versions the server takes by itself stay quiet. */
export function isProminent(kind: VersionKind): boolean {
  return kind === 'draft' || kind === 'restore' || kind === 'import';
}

const parts = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hourCycle: 'h23',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/**
 * A moment as Vietnamese documents write it, in Vietnam's time whatever the device's zone:
 * "14:05, 26/11/2026". Assembled from the parts, because browsers order and separate them differently.
 */
export function formatVietnamTime(epochMs: number): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.formatToParts(epochMs).find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}, ${part('day')}/${part('month')}/${part('year')}`;
}

/**
 * Who made a version and when: "Nguyễn Văn Bình · 14:05, 26/11/2026". The server takes automatic
 * ones by itself, and their label already says when.
 */
export function versionByline(version: Pick<Version, 'createdBy' | 'createdAt'>): string {
  if (version.createdBy === null) return 'Hệ thống tự lưu';
  return `${version.createdBy.displayName} · ${formatVietnamTime(version.createdAt)}`;
}

/**
 * Why "Lưu thành dự thảo" cannot be pressed now, or undefined when it can. The server freezes the
 * text it has, so the last keystrokes must have reached it first.
 */
export function freezeBlocker(state: { adopted: boolean; connected: boolean; saved: boolean }): string | undefined {
  if (state.adopted) return 'Văn bản đã được thông qua, không lưu thêm dự thảo.';
  if (!state.connected) return 'Cần kết nối với máy chủ để lưu dự thảo.';
  if (!state.saved) return 'Đang lưu những thay đổi vừa gõ lên máy chủ…';
  return undefined;
}

/** What the page says once a draft is frozen: "Đã lưu Dự thảo lần 2". */
export function frozenConfirmation(version: Pick<Version, 'draftNumber' | 'label'>): string {
  return version.draftNumber === null ? `Đã lưu ${version.label}` : `Đã lưu Dự thảo lần ${version.draftNumber}`;
}

/** The adoption as the history panel states it. */
export function adoptionText(drafting: DraftingState): string {
  if (drafting.adoptedAt === null) return `Văn bản đang là dự thảo; lần lưu tới sẽ là Dự thảo lần ${drafting.nextDraftNumber}.`;
  const who = drafting.adoptedBy ? ` bởi ${drafting.adoptedBy.displayName}` : '';
  return `Đã thông qua lúc ${formatVietnamTime(drafting.adoptedAt)}${who}.`;
}

import { WARD_TIME_ZONE } from '../export/loadHeaderDefaults.js';
import type { StoredVersion } from './VersionStore.js';

const time = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: WARD_TIME_ZONE,
});

/** "Dự thảo lần n", the draft a version is, or its version number. */
export function draftName(version: Pick<StoredVersion, 'draftNumber' | 'number'>): string {
  return version.draftNumber === null ? `phiên bản ${version.number}` : `Dự thảo lần ${version.draftNumber}`;
}

/** How a version is shown in the history, in Vietnamese. */
export function versionLabel(version: StoredVersion, restored: StoredVersion | undefined): string {
  const source = restored ? draftName(restored) : `phiên bản ${version.restoredFrom}`;
  switch (version.kind) {
    case 'draft':
      return version.name ? `Dự thảo lần ${version.draftNumber}: ${version.name}` : `Dự thảo lần ${version.draftNumber}`;
    case 'auto':
      return `Tự động lưu lúc ${time.format(version.createdAt)}`;
    case 'before-restore':
      return `Trước khi khôi phục ${source}`;
    case 'restore':
      return `Khôi phục từ ${source}`;
    case 'import':
      return 'Nhập từ Word';
  }
}

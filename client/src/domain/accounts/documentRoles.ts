import type { DocumentRole } from './model.js';

/** Each document role as the badge and the share panel name it. */
export const DOCUMENT_ROLE_NAMES: Record<DocumentRole, string> = {
  owner: 'Chủ sở hữu',
  editor: 'Biên tập',
  commenter: 'Góp ý',
  viewer: 'Xem',
};

/** Editors and owners change the text and the title; the server refuses anyone else. */
export function canEdit(role: DocumentRole): boolean {
  return role === 'editor' || role === 'owner';
}

/** Only owners approve a section ("Đã duyệt") or take an approval back; the server repairs anyone else's. */
export function canApprove(role: DocumentRole): boolean {
  return role === 'owner';
}

/** Only owners decide who else may see the document. */
export function canShare(role: DocumentRole): boolean {
  return role === 'owner';
}

/** What a read-only role may do, as the editor's banner says it; undefined for those who edit. */
export function readOnlyNotice(role: DocumentRole): string | undefined {
  if (role === 'commenter') return 'Bạn chỉ được góp ý, không sửa nội dung';
  if (role === 'viewer') return 'Bạn chỉ được xem';
  return undefined;
}

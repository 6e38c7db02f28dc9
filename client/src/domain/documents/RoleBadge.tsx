import { DOCUMENT_ROLE_NAMES } from '../accounts/documentRoles.js';
import type { DocumentRole } from '../accounts/model.js';

/** What the signed-in person may do with a document, as a small label ("Góp ý"). */
export function RoleBadge({ role }: { role: DocumentRole }) {
  return (
    <span className={`role-badge role-badge--${role}`} data-testid="role-badge" data-role={role} title="Quyền của bạn với văn bản này">
      {DOCUMENT_ROLE_NAMES[role]}
    </span>
  );
}

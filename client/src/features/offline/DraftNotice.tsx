import type { UnregisteredDraft } from '../../localStore/registerDraft.js';

/** Says that a document made on this device is not on the server yet, or that the server refused it. */
export function DraftNotice({ draft }: { draft: UnregisteredDraft | undefined }) {
  if (!draft) return null;
  if (draft.refusal === undefined) {
    return (
      <p className="notice" role="status" data-testid="draft-notice">
        Văn bản này mới được tạo trên máy này và sẽ được gửi lên máy chủ khi có kết nối.
      </p>
    );
  }
  return (
    <p className="notice notice--read-only" role="alert" data-testid="draft-notice">
      Máy chủ không nhận văn bản này: {draft.refusal} Nội dung vẫn được giữ trên máy này.
    </p>
  );
}

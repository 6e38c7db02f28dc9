import { useEffect, useId, useRef } from 'react';
import { FormError } from '../../app/FormError.js';

interface RestoreDialogProps {
  /** The version's label, "Dự thảo lần 1". */
  label: string;
  pending: boolean;
  error: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks the owner to confirm a restore, saying what it does: the old text becomes a new change on
 * top of today's, and today's text stays in the history. A modal `<dialog>`: the browser keeps the
 * focus inside and Escape cancels; "Hủy" has the focus first, since the safe choice is the default.
 */
export function RestoreDialog({ label, pending, error, onConfirm, onCancel }: RestoreDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    element.showModal();
    cancel.current?.focus();
    return () => {
      element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="restore-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="restore-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className="restore-dialog__title">
        Khôi phục {label}?
      </h2>
      <div id={textId}>
        <p>
          Nội dung của {label} sẽ được đưa vào văn bản như <strong>một thay đổi mới</strong>, đặt lên trên văn bản hôm nay. Những người đang
          mở văn bản sẽ thấy ngay nội dung đã khôi phục.
        </p>
        <p>Văn bản hiện tại không mất: nó được lưu trong Lịch sử với tên «Trước khi khôi phục…», và có thể khôi phục lại bất cứ lúc nào.</p>
      </div>
      <FormError message={error} />
      <div className="restore-dialog__actions">
        <button ref={cancel} type="button" className="button" disabled={pending} onClick={onCancel}>
          Hủy
        </button>
        <button type="button" className="button button--primary" disabled={pending} onClick={onConfirm} data-testid="restore-confirm">
          {pending ? 'Đang khôi phục…' : 'Khôi phục'}
        </button>
      </div>
    </dialog>
  );
}

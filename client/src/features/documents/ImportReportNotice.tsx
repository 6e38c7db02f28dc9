import type { ImportReport } from '@van-kien/api';
import { useState } from 'react';

/** What the document page is told after "Nhập từ Word" opened it. */
export type ImportOutcome = Pick<ImportReport, 'dropped' | 'unplaced'>;

/** Whether `value` (a router location's state) carries an import's outcome. */
export function importOutcomeOf(value: unknown): ImportOutcome | undefined {
  const outcome = (value as { importOutcome?: ImportOutcome } | null | undefined)?.importOutcome;
  return outcome && Array.isArray(outcome.dropped) && Array.isArray(outcome.unplaced) ? outcome : undefined;
}

/**
 * After "Nhập từ Word": what the file held that the document does not (images, a table nested in
 * a cell kept as text…), and the passages that fit no section of the template, to copy where they belong.
 */
export function ImportReportNotice({ outcome }: { outcome: ImportOutcome }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="notice" role="status" data-testid="import-report">
      <p>
        <strong>Đã nhập từ Word.</strong>
        {outcome.dropped.length === 0 && outcome.unplaced.length === 0 && ' Toàn bộ nội dung đã được đưa vào văn bản.'}
      </p>
      {outcome.dropped.length > 0 && (
        <ul>
          {outcome.dropped.map((note) => (
            <li key={note.kind}>{note.message}</li>
          ))}
        </ul>
      )}
      {outcome.unplaced.length > 0 && (
        <>
          <p>Những đoạn sau không khớp mục nào của mẫu, chưa được đưa vào văn bản; hãy sao chép vào nơi phù hợp:</p>
          {outcome.unplaced.map((passage, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes once shown
            <blockquote key={index} className="import-report__passage">
              {passage.heading && <strong>{passage.heading}</strong>}
              {passage.text.split('\n').map((line, lineIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text
                <p key={lineIndex}>{line}</p>
              ))}
            </blockquote>
          ))}
        </>
      )}
      <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
        Đóng
      </button>
    </div>
  );
}

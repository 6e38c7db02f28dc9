import { MAX_IMPORT_BYTES } from '@van-kien/api';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { SelectField } from '../../app/SelectField.js';
import { useSubmit } from '../../app/useSubmit.js';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';

/** What the form sends: the file, and the template its headings fill (none for the file's own outline). */
export interface ImportWordInput {
  file: File;
  templateId: string | undefined;
}

interface ImportWordFormProps {
  /** The templates a document may follow; empty while they load. */
  templates: readonly TemplateSummary[];
  /** Imports the file (and opens the document); an `ApiError` it throws is shown under the button, in Vietnamese. */
  onSubmit(input: ImportWordInput): Promise<void>;
  /** The "Văn bản của" choice, beside the button as for a new document. */
  children?: ReactNode;
}

const OWN_OUTLINE = '';

/**
 * "Nhập từ Word": a .docx, and optionally a template whose sections its headings fill. A file that
 * is not a .docx or is over 20 MB is told here, before it is sent; the server says the rest.
 */
export function ImportWordForm({ templates, onSubmit, children }: ImportWordFormProps) {
  const inputId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [templateId, setTemplateId] = useState(OWN_OUTLINE);
  const { pending, error, setError, run } = useSubmit();
  const options = [
    { value: OWN_OUTLINE, label: 'Theo đề mục của tệp Word' },
    ...templates.map((template) => ({ value: template.id, label: `Theo mẫu: ${template.title}` })),
  ];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError('Hãy chọn một tệp Word (.docx)');
    if (!/\.docx$/i.test(file.name)) return setError('Hãy chọn tệp Word có đuôi .docx');
    if (file.size > MAX_IMPORT_BYTES) return setError('Tệp lớn hơn 20 MB; hãy bỏ bớt hình ảnh trong văn bản hoặc chia thành nhiều tệp');
    await run(() => onSubmit({ file, templateId: templateId || undefined }));
  }

  return (
    <form className="form import-word-form" onSubmit={submit} noValidate data-testid="import-word-form">
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Tệp Word (.docx)
        </label>
        <input
          id={inputId}
          className="field__input"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-testid="import-word-file"
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            if (error) setError(undefined);
          }}
        />
      </div>
      <SelectField label="Đề mục" value={templateId} options={options} onChange={setTemplateId} testId="import-word-template" />
      <div className="template-form__actions">
        {children}
        <button type="submit" className="button button--primary" disabled={pending} data-testid="import-word-submit">
          {pending ? 'Đang nhập…' : 'Nhập văn bản'}
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}

import { fillDocumentTitle } from '@van-kien/templates';
import { type FormEvent, type ReactNode, useState } from 'react';
import { FormError } from '../../app/FormError.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import { titleProblem } from '../../domain/documents/documentTitle.js';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';

/** What the form sends; `title` only when the person changed the one the template makes. */
export interface TemplateDocumentInput {
  templateId: string;
  fields: Record<string, string>;
  title: string | undefined;
}

interface TemplateDocumentFormProps {
  template: TemplateSummary;
  /** Creates the document (and opens it); an `ApiError` it throws is shown under the button. */
  onSubmit(input: TemplateDocumentInput): Promise<void>;
  /** The "Văn bản của" choice, beside the button as for an empty document. */
  children?: ReactNode;
}

/**
 * The template's fields (the chi bộ's name, the term…) with their defaults, and the title they
 * make, which the person may still change. Mount one per template (keyed), so that another
 * template starts from its own defaults.
 */
export function TemplateDocumentForm({ template, onSubmit, children }: TemplateDocumentFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(template.fields.map((field) => [field.id, field.default ?? ''])),
  );
  const [editedTitle, setEditedTitle] = useState<string | undefined>();
  const { pending, error, setError, run } = useSubmit();
  const madeTitle = fillDocumentTitle(template, values);
  const title = editedTitle ?? madeTitle;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = titleProblem(title);
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      const fields = Object.fromEntries(Object.entries(values).map(([id, value]) => [id, value.trim()]));
      await onSubmit({
        templateId: template.id,
        fields,
        title: editedTitle !== undefined && title.trim() !== madeTitle ? title.trim() : undefined,
      });
    });
  }

  return (
    <form className="form template-form" onSubmit={submit} noValidate data-testid="template-form">
      {template.fields.length > 0 && (
        <div className="template-form__fields">
          {template.fields.map((field) => (
            <TextField
              key={field.id}
              label={field.label}
              value={values[field.id] ?? ''}
              placeholder={field.placeholder}
              testId={`template-field-${field.id}`}
              onChange={(value) => setValues((current) => ({ ...current, [field.id]: value }))}
            />
          ))}
        </div>
      )}
      <TextField
        label="Tên văn bản"
        value={title}
        hint={editedTitle === undefined ? 'Tự điền từ các thông tin trên; có thể sửa.' : undefined}
        testId="template-document-title"
        onChange={(value) => {
          setEditedTitle(value);
          if (error) setError(undefined);
        }}
      />
      <div className="template-form__actions">
        {children}
        <button type="submit" className="button button--primary" disabled={pending}>
          Tạo văn bản
        </button>
        {editedTitle !== undefined && (
          <button type="button" className="button button--quiet" onClick={() => setEditedTitle(undefined)}>
            Dùng tên theo mẫu
          </button>
        )}
      </div>
      <FormError message={error} />
    </form>
  );
}

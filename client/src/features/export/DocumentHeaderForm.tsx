import {
  type DocumentHeader,
  DocumentHeaderError,
  type DocumentHeaderField,
  type DocumentHeaderTextField,
  MAX_HEADER_TEXT_LENGTH,
  writeDocumentHeaderField,
} from '@van-kien/schema';
import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import type { ApiData } from '../../api/useApiData.js';
import { FormError } from '../../app/FormError.js';
import { useStoredHeader } from './useStoredHeader.js';

interface TextFieldSpec {
  field: DocumentHeaderTextField;
  label: string;
  type?: 'date';
}

/** The fields in the order they print: the header block, the title, the signature. */
const TEXT_FIELDS: TextFieldSpec[] = [
  { field: 'upperOrganization', label: 'Cơ quan cấp trên' },
  { field: 'issuingOrganization', label: 'Cơ quan ban hành' },
  { field: 'number', label: 'Số' },
  { field: 'symbol', label: 'Ký hiệu' },
  { field: 'place', label: 'Địa danh' },
  { field: 'date', label: 'Ngày', type: 'date' },
  { field: 'documentKind', label: 'Loại văn bản' },
  { field: 'summary', label: 'Trích yếu' },
  { field: 'signerCapacity', label: 'Thẩm quyền ký' },
  { field: 'signerTitle', label: 'Chức vụ' },
  { field: 'signerName', label: 'Người ký' },
];

/** No recipients set: one array for every render, so the recipients field is not told of a change. */
const NO_LINES: string[] = [];

const FIELD_LABELS: Record<DocumentHeaderField, string> = {
  ...(Object.fromEntries(TEXT_FIELDS.map((spec) => [spec.field, spec.label])) as Record<DocumentHeaderTextField, string>),
  recipients: 'Nơi nhận',
};

interface DocumentHeaderFormProps {
  doc: Y.Doc;
  defaults: ApiData<DocumentHeader>;
  /** Editors change the fields; everyone else sees them. */
  editable: boolean;
}

/**
 * "Thông tin văn bản": the header metadata of the document (DOMAIN.md §B), edited live in the
 * shared Y.Doc, so everyone's form, the print view and the export follow. An empty field prints
 * its default, shown in it as a placeholder.
 */
export function DocumentHeaderForm({ doc, defaults, editable }: DocumentHeaderFormProps) {
  const stored = useStoredHeader(doc);
  const [problem, setProblem] = useState<string | undefined>();
  const fallback = defaults.status === 'ready' ? defaults.data : undefined;

  const write = <F extends DocumentHeaderField>(field: F, value: DocumentHeader[F]) => {
    try {
      writeDocumentHeaderField(doc, field, value);
      setProblem(undefined);
    } catch (error) {
      if (!(error instanceof DocumentHeaderError)) throw error;
      setProblem(`Không lưu được «${FIELD_LABELS[field]}»: giá trị không hợp lệ.`);
    }
  };

  return (
    <section className="header-form" aria-label="Thông tin văn bản" data-testid="header-form">
      <h2 className="header-form__heading">Thông tin văn bản</h2>
      <p className="field__hint">Để trống một ô thì văn bản in giá trị mặc định (chữ mờ trong ô).</p>
      <FormError message={defaults.status === 'error' ? defaults.message : undefined} />
      <div className="header-form__fields">
        {TEXT_FIELDS.map((spec) => (
          <HeaderTextField
            key={spec.field}
            spec={spec}
            value={stored[spec.field] ?? ''}
            placeholder={fallback?.[spec.field] ?? ''}
            disabled={!editable}
            onChange={(value) => write(spec.field, value)}
          />
        ))}
        <RecipientsField
          value={stored.recipients ?? NO_LINES}
          placeholder={fallback?.recipients ?? NO_LINES}
          disabled={!editable}
          onChange={(lines) => write('recipients', lines)}
        />
      </div>
      <FormError message={problem} />
    </section>
  );
}

interface HeaderTextFieldProps {
  spec: TextFieldSpec;
  value: string;
  placeholder: string;
  disabled: boolean;
  onChange(value: string): void;
}

function HeaderTextField({ spec, value, placeholder, disabled, onChange }: HeaderTextFieldProps) {
  const id = useId();
  return (
    <div className={spec.field === 'summary' ? 'field header-form__wide' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {spec.label}
      </label>
      <input
        id={id}
        className="field__input"
        type={spec.type ?? 'text'}
        value={value}
        placeholder={placeholder}
        maxLength={MAX_HEADER_TEXT_LENGTH}
        disabled={disabled}
        data-testid={`header-field-${spec.field}`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface RecipientsFieldProps {
  value: string[];
  placeholder: string[];
  disabled: boolean;
  onChange(lines: string[]): void;
}

const sameLines = (text: string, lines: string[]) => {
  const typed = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return typed.length === lines.length && typed.every((line, index) => line === lines[index]);
};

/**
 * Nơi nhận, one per line. The text keeps what is being typed (an empty line just started), and
 * takes the document's value only when someone else changed it.
 */
function RecipientsField({ value, placeholder, disabled, onChange }: RecipientsFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => value.join('\n'));
  useEffect(() => {
    setText((current) => (sameLines(current, value) ? current : value.join('\n')));
  }, [value]);
  return (
    <div className="field header-form__wide">
      <label className="field__label" htmlFor={id}>
        Nơi nhận <span className="field__hint">(mỗi dòng một nơi)</span>
      </label>
      <textarea
        id={id}
        className="field__input"
        rows={3}
        value={text}
        placeholder={placeholder.join('\n')}
        disabled={disabled}
        data-testid="header-field-recipients"
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.split('\n'));
        }}
      />
    </div>
  );
}

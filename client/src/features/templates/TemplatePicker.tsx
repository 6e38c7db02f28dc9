import { useId, useState } from 'react';
import type { ApiData } from '../../api/useApiData.js';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';
import { groupTemplatesByScope } from './templateGroups.js';

/** The value of the "Văn bản trống" choice. */
export const BLANK_DOCUMENT = '';

interface TemplatePickerProps {
  templates: ApiData<TemplateSummary[]>;
  /** The chosen template's id, `BLANK_DOCUMENT`, or null for "Theo mẫu" before a template is chosen. */
  value: string | null;
  onChange(value: string | null): void;
}

/**
 * What a new document starts from: an empty page, or one of the templates, grouped by who writes
 * it, each with where its outline comes from. The list opens only when asked for and folds to
 * the chosen template, so the document list below stays in reach.
 */
export function TemplatePicker({ templates, value, onChange }: TemplatePickerProps) {
  const name = useId();
  const [browsing, setBrowsing] = useState(false);
  const groups = templates.status === 'ready' ? groupTemplatesByScope(templates.data) : [];
  const chosen = groups.flatMap((group) => group.templates).find((template) => template.id === value);
  const fromTemplate = value !== BLANK_DOCUMENT;
  const listing = fromTemplate && (browsing || chosen === undefined);

  const card = (template: TemplateSummary) => (
    <label className="template-choice" key={template.id}>
      <input
        type="radio"
        name={`${name}-template`}
        value={template.id}
        checked={template.id === value}
        onChange={() => {
          onChange(template.id);
          setBrowsing(false);
        }}
      />
      <span className="template-choice__text">
        <span className="template-choice__title">{template.title}</span>
        <span className="template-choice__source">{template.source}</span>
      </span>
    </label>
  );

  return (
    <fieldset className="template-picker" data-testid="template-picker">
      <legend className="template-picker__legend">Bắt đầu từ</legend>
      <div className="template-picker__start">
        <label className="template-picker__option">
          <input type="radio" name={`${name}-start`} checked={!fromTemplate} onChange={() => onChange(BLANK_DOCUMENT)} />
          Văn bản trống
        </label>
        <label className="template-picker__option">
          <input type="radio" name={`${name}-start`} checked={fromTemplate} onChange={() => onChange(null)} />
          Theo mẫu
        </label>
      </div>
      {fromTemplate && templates.status === 'loading' && <p className="muted template-picker__note">Đang tải các mẫu văn bản…</p>}
      {fromTemplate && templates.status === 'error' && (
        <p className="form-error template-picker__note" role="alert">
          Không tải được các mẫu văn bản: {templates.message}
        </p>
      )}
      {listing &&
        groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring a border, padding and a legend the design has not; role group with aria-labelledby says the same
          <div className="template-picker__group" role="group" aria-labelledby={`${name}-${group.scope}`} key={group.scope}>
            <h3 className="template-picker__group-name" id={`${name}-${group.scope}`}>
              {group.name}
            </h3>
            <div className="template-picker__choices">{group.templates.map(card)}</div>
          </div>
        ))}
      {!listing && chosen && (
        <div className="template-picker__chosen">
          <div className="template-picker__choices">{card(chosen)}</div>
          <button type="button" className="button button--quiet" onClick={() => setBrowsing(true)}>
            Chọn mẫu khác
          </button>
        </div>
      )}
    </fieldset>
  );
}

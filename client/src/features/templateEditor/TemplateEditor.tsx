import { numberSections, type Section, type SectionNumbering, type Template, validateTemplate } from '@van-kien/templates';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { SelectField } from '../../app/SelectField.js';
import { TextField } from '../../app/TextField.js';
import { useSubmit } from '../../app/useSubmit.js';
import {
  addSection,
  canMove,
  moveSection,
  NUMBERING_NAMES,
  newSection,
  numberingChoices,
  removeSection,
  type SectionPlace,
  tidyTemplate,
  updateSection,
} from './sectionTree.js';
import { publishTemplate } from './templateEditorApi.js';
import './templateEditor.css';
import { FormError } from '../../app/FormError.js';

/** What the tree's items can ask of the editor. */
interface TreeActions {
  sections: readonly Section[];
  labels: ReadonlyMap<string, string>;
  change(change: (sections: Section[]) => Section[]): void;
}

/**
 * Edits a copy of `template` (title, source, the section tree) and publishes it as the next
 * version of its id. Nothing reaches the server before "Xuất bản phiên bản mới", and only once
 * `validateTemplate` accepts the copy.
 */
export function TemplateEditor({
  template,
  onClose,
  onPublished,
}: {
  template: Template;
  onClose(): void;
  onPublished(template: Template): void;
}) {
  const [draft, setDraft] = useState<Template>(() => structuredClone(template));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<string[] | undefined>();
  const { pending, error, setError, run } = useSubmit();
  const [published, setPublished] = useState<number | undefined>();
  const labels = useMemo(() => numberSections(draft.sections), [draft.sections]);

  function edit(change: (current: Template) => Template) {
    setDraft(change);
    setDirty(true);
    setPublished(undefined);
  }

  const actions: TreeActions = {
    sections: draft.sections,
    labels,
    change: (change) => edit((current) => ({ ...current, sections: change(current.sections) })),
  };

  async function publish() {
    setError(undefined);
    setPublished(undefined);
    const candidate = tidyTemplate(draft);
    const result = validateTemplate(candidate);
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    setProblems(undefined);
    await run(async () => {
      const saved = await publishTemplate(result.template);
      setDraft(saved);
      setDirty(false);
      setPublished(saved.version);
      onPublished(saved);
    });
  }

  function close() {
    if (dirty && !window.confirm('Mẫu còn thay đổi chưa xuất bản. Đóng và bỏ các thay đổi đó?')) return;
    onClose();
  }

  return (
    <section className="template-editor" data-testid="template-editor" aria-label={`Sửa mẫu ${template.title}`}>
      <div className="admin-section__header">
        <h3>Sửa bản sao của mẫu</h3>
        <button type="button" className="button button--quiet" onClick={close}>
          Đóng
        </button>
      </div>
      <p className="muted">
        Mã mẫu <code>{draft.id}</code>, sửa từ phiên bản {template.version}. Khi xuất bản, bản sửa thành phiên bản mới của mẫu này; các văn
        bản đã tạo vẫn giữ phiên bản cũ.
      </p>
      <div className="panel form">
        <TextField
          label="Tên mẫu"
          value={draft.title}
          onChange={(title) => edit((current) => ({ ...current, title }))}
          autoComplete="off"
          testId="template-title"
        />
        <TextField
          label="Nguồn"
          value={draft.source}
          onChange={(source) => edit((current) => ({ ...current, source }))}
          autoComplete="off"
          hint="Ví dụ: Chỉ thị 35-CT/TW"
          testId="template-source"
        />
      </div>

      <h4 className="template-editor__heading">Các mục</h4>
      <SectionList list={draft.sections} actions={actions} />
      <AddSectionForm actions={actions} place={{ parentId: null }} buttonLabel="Thêm mục ở cấp cao nhất" />

      <div className="template-editor__publish">
        <button
          type="button"
          className="button button--primary"
          data-testid="publish-template"
          disabled={pending}
          onClick={() => void publish()}
        >
          Xuất bản phiên bản mới
        </button>
        {published !== undefined && (
          <p className="form-success" role="status" data-testid="publish-result">
            Đã xuất bản phiên bản {published}
          </p>
        )}
      </div>
      {problems && (
        <div className="form-error" role="alert" data-testid="template-problems">
          <p>Mẫu chưa hợp lệ: {problems.length} lỗi, chưa gửi lên máy chủ.</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormError message={error} />
    </section>
  );
}

function SectionList({ list, actions }: { list: readonly Section[]; actions: TreeActions }) {
  if (list.length === 0) return null;
  return (
    <ol className="template-tree">
      {list.map((section) => (
        <SectionItem key={section.id} section={section} actions={actions} />
      ))}
    </ol>
  );
}

function SectionItem({ section, actions }: { section: Section; actions: TreeActions }) {
  const guidanceId = useId();
  const label = actions.labels.get(section.id) ?? '';
  const update = (patch: Partial<Omit<Section, 'id' | 'children'>>) =>
    actions.change((sections) => updateSection(sections, section.id, patch));

  function remove() {
    const under = section.children.length > 0 ? ` cùng ${section.children.length} mục con` : '';
    if (section.children.length > 0 && !window.confirm(`Xóa mục “${section.title}”${under}?`)) return;
    actions.change((sections) => removeSection(sections, section.id));
  }

  return (
    <li className="template-tree__item" data-testid="template-section" data-section-id={section.id}>
      <div className="template-tree__line">
        <span className="template-tree__label" title={NUMBERING_NAMES[section.numbering]}>
          {label || '•'}
        </span>
        <input
          className="field__input template-tree__title"
          aria-label="Tiêu đề mục"
          data-testid="section-title"
          value={section.title}
          onChange={(event) => update({ title: event.target.value })}
        />
        <label className="checkbox">
          <input type="checkbox" checked={section.required} onChange={(event) => update({ required: event.target.checked })} />
          Bắt buộc
        </label>
      </div>
      <label className="field__label" htmlFor={guidanceId}>
        Hướng dẫn
      </label>
      <textarea
        id={guidanceId}
        className="field__input template-tree__guidance"
        rows={2}
        value={section.guidance}
        onChange={(event) => update({ guidance: event.target.value })}
      />
      <div className="template-tree__actions">
        <button
          type="button"
          className="button button--quiet"
          disabled={!canMove(actions.sections, section.id, -1)}
          onClick={() => actions.change((sections) => moveSection(sections, section.id, -1))}
        >
          Lên
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={!canMove(actions.sections, section.id, 1)}
          onClick={() => actions.change((sections) => moveSection(sections, section.id, 1))}
        >
          Xuống
        </button>
        <AddSectionForm actions={actions} place={{ parentId: section.id }} buttonLabel="Thêm mục con" />
        <AddSectionForm actions={actions} place={{ afterId: section.id }} buttonLabel="Thêm mục ngang hàng" />
        <button type="button" className="button button--quiet" data-testid="remove-section" onClick={remove}>
          Xóa mục
        </button>
      </div>
      <SectionList list={section.children} actions={actions} />
    </li>
  );
}

/** A button that opens a small form: the new section's title and one of the numberings its place allows. */
function AddSectionForm({ actions, place, buttonLabel }: { actions: TreeActions; place: SectionPlace; buttonLabel: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [numbering, setNumbering] = useState<SectionNumbering | undefined>();
  const [error, setError] = useState<string | undefined>();
  const choices = numberingChoices(actions.sections, place);
  const chosen = numbering !== undefined && choices.includes(numbering) ? numbering : choices[0];

  if (!open) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)} disabled={choices.length === 0}>
        {buttonLabel}
      </button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = title.normalize('NFC').trim();
    if (trimmed === '' || chosen === undefined) {
      setError('Hãy nhập tiêu đề mục');
      return;
    }
    actions.change((sections) => addSection(sections, newSection(sections, trimmed, chosen), place));
    setTitle('');
    setError(undefined);
    setOpen(false);
  }

  return (
    <form className="form form--inline template-tree__add" onSubmit={submit} noValidate aria-label={buttonLabel}>
      <TextField label="Tiêu đề mục mới" value={title} onChange={setTitle} autoComplete="off" autoFocus />
      <SelectField
        label="Đánh số"
        value={chosen ?? ''}
        options={choices.map((value) => ({ value, label: NUMBERING_NAMES[value] }))}
        onChange={(value) => setNumbering(value as SectionNumbering)}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          Thêm
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          Hủy
        </button>
      </div>
      <FormError message={error} className="form__wide" />
    </form>
  );
}

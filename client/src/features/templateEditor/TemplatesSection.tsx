import type { Template } from '@van-kien/templates';
import { useState } from 'react';
import { useApiData } from '../../api/useApiData.js';
import { ApiDataView } from '../../app/ApiDataView.js';
import { FormError } from '../../app/FormError.js';
import { useSubmit } from '../../app/useSubmit.js';
import { listTemplates, type TemplateSummary } from '../../domain/templates/templatesApi.js';
import { TemplateEditor } from './TemplateEditor.js';
import { getTemplate } from './templateEditorApi.js';

/**
 * Document templates at their newest versions; "Sao chép và sửa" opens an editor on a copy of one,
 * which publishes it as the template's next version.
 */
export function TemplatesSection() {
  const templates = useApiData(listTemplates);
  const [editing, setEditing] = useState<Template | undefined>();
  const [opening, setOpening] = useState<string | undefined>();
  const { error, run } = useSubmit();

  async function open(summary: TemplateSummary) {
    setOpening(summary.id);
    await run(async () => setEditing(await getTemplate(summary.id, summary.version)));
    setOpening(undefined);
  }

  return (
    <section className="admin-section" data-testid="admin-templates" aria-labelledby="admin-templates-title">
      <h2 id="admin-templates-title">Mẫu văn bản</h2>
      {editing ? (
        <TemplateEditor
          key={`${editing.id}@${editing.version}`}
          template={editing}
          onClose={() => {
            setEditing(undefined);
            templates.reload();
          }}
          onPublished={templates.reload}
        />
      ) : (
        <>
          <p className="muted">Phiên bản mới nhất của mỗi mẫu. Văn bản đã tạo giữ phiên bản mẫu lúc tạo.</p>
          <FormError message={error} />
          <ApiDataView state={templates.state}>
            {(data) => (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Tên mẫu</th>
                    <th scope="col">Mã</th>
                    <th scope="col">Phiên bản</th>
                    <th scope="col">Nguồn</th>
                    <th scope="col">
                      <span className="visually-hidden">Thao tác</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((template) => (
                    <tr key={template.id} data-testid="template-row" data-template-id={template.id}>
                      <td>{template.title}</td>
                      <td>
                        <code>{template.id}</code>
                      </td>
                      <td data-testid="template-version">{template.version}</td>
                      <td>{template.source}</td>
                      <td className="data-table__actions">
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={opening !== undefined}
                          onClick={() => void open(template)}
                        >
                          Sao chép và sửa
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </ApiDataView>
        </>
      )}
    </section>
  );
}

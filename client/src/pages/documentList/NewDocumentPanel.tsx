import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { SelectField } from '../../app/SelectField.js';
import type { Organization } from '../../domain/accounts/model.js';
import { importWordDocument } from '../../domain/documents/documentsApi.js';
import { documentOwnerChoices, PERSONAL } from '../../features/documents/documentOwnerChoices.js';
import type { ImportOutcome } from '../../features/documents/ImportReportNotice.js';
import { ImportWordForm, type ImportWordInput } from '../../features/documents/ImportWordForm.js';
import { type NewDocumentInput, startNewDocument } from '../../features/documents/startNewDocument.js';
import { TemplateDocumentForm } from '../../features/documents/TemplateDocumentForm.js';
import { TitleForm } from '../../features/documents/TitleForm.js';
import { BLANK_DOCUMENT, TemplatePicker } from '../../features/templates/TemplatePicker.js';
import { listTemplatesKept } from '../../localStore/keptTemplates.js';
import { useLocalStore } from '../../localStore/useLocalStore.js';
import { useAccount } from '../../session/useSession.js';

interface NewDocumentPanelProps {
  /** Every organization (administrators choose among all); undefined while loading or for others. */
  organizations: readonly Organization[] | undefined;
}

/**
 * "Tạo văn bản": an empty document with its title, or one laid out by a template with the
 * template's fields; either belongs to one of the person's organizations (or to them), and
 * opens once created. "Nhập từ Word" makes one from a .docx instead (online only: the server
 * converts it), and the document opens telling what the file held that it does not.
 */
export function NewDocumentPanel({ organizations }: NewDocumentPanelProps) {
  const navigate = useNavigate();
  const account = useAccount();
  const store = useLocalStore();
  const templates = useApiData(useCallback((signal: AbortSignal) => listTemplatesKept(store, signal), [store])).state;
  const [choice, setChoice] = useState<string | null>(BLANK_DOCUMENT);
  const owners = useMemo(() => documentOwnerChoices(account, organizations), [account, organizations]);
  const [chosenOwner, setOwner] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);
  // Until the person picks, the first choice; a pick that is no longer offered falls back to it too.
  const owner = owners.some((choice) => choice.value === chosenOwner) ? chosenOwner! : (owners[0]?.value ?? PERSONAL);
  const organizationId = owner === PERSONAL ? undefined : owner;
  const template = templates.status === 'ready' && choice ? templates.data.find((t) => t.id === choice) : undefined;
  // Made on this device first, so that it opens offline too.
  const start = async (input: NewDocumentInput) => {
    await navigate(`/d/${encodeURIComponent(await startNewDocument(store, account, { ...input, organizationId }))}`);
  };
  const importWord = async ({ file, templateId }: ImportWordInput) => {
    const { document, dropped, unplaced } = await importWordDocument(file, { templateId, organizationId });
    const importOutcome: ImportOutcome = { dropped, unplaced };
    await navigate(`/d/${encodeURIComponent(document.id)}`, { state: { importOutcome } });
  };
  const ownerField = (
    <SelectField
      label="Văn bản của"
      hideLabel={!template && !importing}
      value={owner}
      options={owners}
      onChange={setOwner}
      testId="new-document-owner"
    />
  );

  return (
    <section className="panel new-document" aria-label="Tạo văn bản mới">
      <div className="new-document__import">
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={importing}
          data-testid="import-word-toggle"
          onClick={() => setImporting((open) => !open)}
        >
          Nhập từ Word
        </button>
      </div>
      {importing && (
        <ImportWordForm templates={templates.status === 'ready' ? templates.data : []} onSubmit={importWord}>
          {ownerField}
        </ImportWordForm>
      )}
      {!importing && <TemplatePicker templates={templates} value={choice} onChange={setChoice} />}
      {!importing && template && (
        <TemplateDocumentForm
          key={`${template.id}@${template.version}`}
          template={template}
          onSubmit={({ fields, title }) => start({ template, fields, title })}
        >
          {ownerField}
        </TemplateDocumentForm>
      )}
      {!importing && choice === BLANK_DOCUMENT && (
        <TitleForm submitLabel="Tạo văn bản" inputTestId="new-document-title" resetOnSuccess onSubmit={(title) => start({ title })}>
          {ownerField}
        </TitleForm>
      )}
    </section>
  );
}

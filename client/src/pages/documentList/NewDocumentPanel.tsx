import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiData } from '../../api/useApiData.js';
import { SelectField } from '../../app/SelectField.js';
import type { Organization } from '../../domain/accounts/model.js';
import { documentOwnerChoices, PERSONAL } from '../../features/documents/documentOwnerChoices.js';
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
 * opens once created.
 */
export function NewDocumentPanel({ organizations }: NewDocumentPanelProps) {
  const navigate = useNavigate();
  const account = useAccount();
  const store = useLocalStore();
  const templates = useApiData(useCallback((signal: AbortSignal) => listTemplatesKept(store, signal), [store])).state;
  const [choice, setChoice] = useState<string | null>(BLANK_DOCUMENT);
  const owners = useMemo(() => documentOwnerChoices(account, organizations), [account, organizations]);
  const [chosenOwner, setOwner] = useState<string | undefined>();
  // Until the person picks, the first choice; a pick that is no longer offered falls back to it too.
  const owner = owners.some((choice) => choice.value === chosenOwner) ? chosenOwner! : (owners[0]?.value ?? PERSONAL);
  const organizationId = owner === PERSONAL ? undefined : owner;
  const template = templates.status === 'ready' && choice ? templates.data.find((t) => t.id === choice) : undefined;
  // Made on this device first, so that it opens offline too.
  const start = async (input: NewDocumentInput) => {
    await navigate(`/d/${encodeURIComponent(await startNewDocument(store, account, { ...input, organizationId }))}`);
  };
  const ownerField = (
    <SelectField label="Văn bản của" hideLabel={!template} value={owner} options={owners} onChange={setOwner} testId="new-document-owner" />
  );

  return (
    <section className="panel new-document" aria-label="Tạo văn bản mới">
      <TemplatePicker templates={templates} value={choice} onChange={setChoice} />
      {template && (
        <TemplateDocumentForm
          key={`${template.id}@${template.version}`}
          template={template}
          onSubmit={({ fields, title }) => start({ template, fields, title })}
        >
          {ownerField}
        </TemplateDocumentForm>
      )}
      {choice === BLANK_DOCUMENT && (
        <TitleForm submitLabel="Tạo văn bản" inputTestId="new-document-title" resetOnSuccess onSubmit={(title) => start({ title })}>
          {ownerField}
        </TitleForm>
      )}
    </section>
  );
}

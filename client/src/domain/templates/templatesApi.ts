import type { Template, TemplateField, TemplateScope } from '@van-kien/templates';
import { apiRequest } from '../../api/apiRequest.js';

/** A template as `GET /api/templates` lists it: what the create form needs, without its sections. */
export interface TemplateSummary {
  id: string;
  version: number;
  title: string;
  /** The type printed on the document, e.g. "BÁO CÁO CHÍNH TRỊ". */
  documentType: string;
  scope: TemplateScope;
  /** Where the outline comes from, e.g. "Chỉ thị 35-CT/TW". */
  source: string;
  /** What the person fills in when creating a document from it. */
  fields: TemplateField[];
  /** The new document's title, with `{fieldId}` placeholders. */
  documentTitle: string;
}

/** The templates one can create a document from. */
export function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return apiRequest<TemplateSummary[]>('/api/templates', { signal });
}

/** One template with its sections, at `version`. */
export function getTemplate(id: string, version: number, signal?: AbortSignal): Promise<Template> {
  return apiRequest<Template>(`/api/templates/${encodeURIComponent(id)}?version=${version}`, { signal });
}

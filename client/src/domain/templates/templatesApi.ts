import type { TemplateSummary } from '@van-kien/api';
import type { Template } from '@van-kien/templates';
import { apiRequest } from '../../api/apiRequest.js';

/** A template as `GET /api/templates` lists it: what the create form needs, without its sections. */
export type { TemplateSummary };

/** The templates one can create a document from. */
export function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return apiRequest<TemplateSummary[]>('/api/templates', { signal });
}

/** One template with its sections, at `version`. */
export function getTemplate(id: string, version: number, signal?: AbortSignal): Promise<Template> {
  return apiRequest<Template>(`/api/templates/${encodeURIComponent(id)}?version=${version}`, { signal });
}

import type { Template } from '@van-kien/templates';
import { ApiError } from '../../api/ApiError.js';
import { apiRequest } from '../../api/apiRequest.js';

/** One template with its sections, at `version` (its newest when none is given). */
export function getTemplate(id: string, version?: number, signal?: AbortSignal): Promise<Template> {
  const query = version === undefined ? '' : `?version=${version}`;
  return apiRequest<Template>(`/api/templates/${encodeURIComponent(id)}${query}`, { signal });
}

/**
 * Publishes `template` as the next version of its id (administrators; the server sets the
 * version). Documents made from earlier versions keep theirs.
 */
export async function publishTemplate(template: Template): Promise<Template> {
  try {
    return await apiRequest<Template>('/api/templates', { method: 'POST', body: template });
  } catch (error) {
    // The server checks with the same rules as the editor, so this means the two disagree.
    if (error instanceof ApiError && error.status === 400) throw new ApiError(400, 'Máy chủ không nhận mẫu này: mẫu chưa hợp lệ');
    throw error;
  }
}

import type { Template } from '@van-kien/templates';
import { ApiError } from '../api/ApiError.js';
import { getTemplate, listTemplates, type TemplateSummary } from '../domain/templates/templatesApi.js';
import type { LocalStore } from './LocalStore.js';

/**
 * The templates to create from, as `GET /api/templates` lists them, each one's full version kept on
 * this device before the list is given, so that a template offered lays out a document offline too
 * (one that failed to arrive is asked for again at the next listing). Offline, the list comes from
 * the device. Without local storage, the server's list as it is.
 */
export async function listTemplatesKept(store: LocalStore | undefined, signal?: AbortSignal): Promise<TemplateSummary[]> {
  try {
    const summaries = await listTemplates(signal);
    if (store) await keepTemplates(store, summaries);
    return summaries;
  } catch (error) {
    if (!store || !(error instanceof ApiError && error.isUnreachable)) throw error;
    const kept = await store.templates();
    if (kept.length === 0) throw error;
    // Newest first: the picker offers the newest version of each, and the form finds that one first.
    return kept.sort((a, b) => b.version - a.version).map(summaryOf);
  }
}

/** The template `id` at `version`, from this device or else from the server (and then kept). */
export async function templateToCreateFrom(store: LocalStore, id: string, version: number): Promise<Template> {
  const kept = await store.template(id, version);
  if (kept) return kept;
  let template: Template;
  try {
    template = await getTemplate(id, version);
  } catch (error) {
    if (error instanceof ApiError && error.isUnreachable)
      throw new ApiError(0, 'Mẫu văn bản này chưa được lưu trên máy này, hãy tạo khi có kết nối mạng');
    throw error;
  }
  await store.saveTemplate(template);
  return template;
}

/** Fetches and keeps the listed versions this device does not hold yet; a failure waits for the next listing. */
async function keepTemplates(store: LocalStore, summaries: readonly TemplateSummary[]): Promise<void> {
  await Promise.all(summaries.map(({ id, version }) => templateToCreateFrom(store, id, version).catch(() => undefined)));
}

function summaryOf({ id, version, title, documentType, scope, source, fields, documentTitle }: Template): TemplateSummary {
  return { id, version, title, documentType, scope, source, fields, documentTitle };
}

import { builtInTemplates, type Template, validateTemplate } from '@van-kien/templates';
import { Refusal } from '../errors/Refusal.js';
import type { TemplateStore } from './TemplateStore.js';

/** The templates a ward can build documents from: the built-ins, and the versions it published. */
export class TemplateCatalog {
  constructor(private readonly store: TemplateStore) {}

  /** Every version of every template, built-ins first. */
  async all(): Promise<Template[]> {
    return [...builtInTemplates(), ...(await this.store.listPublished())];
  }

  /** The newest version of each template. */
  async latest(): Promise<Template[]> {
    const newest = new Map<string, Template>();
    for (const template of await this.all()) {
      const known = newest.get(template.id);
      if (!known || template.version > known.version) newest.set(template.id, template);
    }
    return [...newest.values()];
  }

  /** A template at `version`, or at its newest version when none is given. */
  async find(id: string, version?: number): Promise<Template | undefined> {
    const versions = (await this.all()).filter((t) => t.id === id);
    if (version !== undefined) return versions.find((t) => t.version === version);
    return versions.sort((a, b) => b.version - a.version)[0];
  }

  /**
   * Validates `input` and publishes it as the next version of its id (a new id starts at 1).
   * Documents made from earlier versions keep the layout they were made with.
   */
  async publish(input: unknown, publishedBy: string, now: number): Promise<Template> {
    const id = (input as { id?: unknown } | null)?.id;
    const next = typeof id === 'string' ? ((await this.find(id))?.version ?? 0) + 1 : 1;
    const result = validateTemplate({ ...(input as object), version: next });
    if (!result.ok) throw new Refusal('template_invalid', { message: `Mẫu văn bản không hợp lệ: ${result.errors.join('; ')}` });
    await this.store.publish(result.template, publishedBy, now);
    return result.template;
  }
}

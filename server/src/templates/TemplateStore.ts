import type { Template } from '@van-kien/templates';

/** Templates an organization published: copies of built-ins, changed and given a new version. */
export interface TemplateStore {
  /** Every published version of every template. */
  listPublished(): Promise<Template[]>;
  /** Stores a new version; fails if that id and version exist. */
  publish(template: Template, publishedBy: string, now: number): Promise<void>;
}

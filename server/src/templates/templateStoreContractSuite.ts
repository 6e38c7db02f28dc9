import { builtInTemplates, type Template } from '@van-kien/templates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateStore } from './TemplateStore.js';

/** A fresh, empty template store. */
export interface TemplateStoreSubject {
  templates: TemplateStore;
  /** Closes everything `open` opened. */
  close(): Promise<void>;
}

/** A published copy of a built-in: another id and version, and a changed title. */
const copy = (id: string, version: number, title = `${id} v${version}`): Template => ({ ...builtInTemplates()[0]!, id, version, title });
const key = (t: Template) => `${t.id}@${t.version}`;

/** The behaviour every `TemplateStore` implementation must have; run once per implementation. */
export function templateStoreContractSuite(name: string, open: () => Promise<TemplateStoreSubject>): void {
  describe(`${name} satisfies the template store contract`, () => {
    let subject: TemplateStoreSubject;
    let templates: TemplateStore;
    beforeEach(async () => {
      subject = await open();
      templates = subject.templates;
    });
    afterEach(async () => {
      await subject.close();
    });

    it('lists nothing before anything is published', async () => {
      expect(await templates.listPublished()).toEqual([]);
    });

    it('publishes a template and lists it back as it was', async () => {
      const template = copy('bao-cao-phuong-7', 1, 'Báo cáo chính trị phường 7');
      await templates.publish(template, 'u1', 100);
      expect(await templates.listPublished()).toEqual([template]);
    });

    it('keeps every published version of every template', async () => {
      const published = [copy('a', 1), copy('a', 2), copy('b', 1), copy('a', 10)];
      for (const template of published) await templates.publish(template, 'u1', 100);
      const listed = await templates.listPublished();
      expect([...listed].sort((x, y) => key(x).localeCompare(key(y)))).toEqual([...published].sort((x, y) => key(x).localeCompare(key(y))));
    });

    it('refuses a version already published, keeping the first', async () => {
      await templates.publish(copy('a', 1, 'first'), 'u1', 100);
      await expect(templates.publish(copy('a', 1, 'second'), 'u2', 200)).rejects.toThrow();
      expect((await templates.listPublished()).map((t) => t.title)).toEqual(['first']);
    });
  });
}

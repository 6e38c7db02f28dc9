import a1 from '../data/a1-bao-cao-chinh-tri-dang-bo-phuong.json' with { type: 'json' };
import a2 from '../data/a2-bao-cao-chinh-tri-chi-bo.json' with { type: 'json' };
import a3 from '../data/a3-bao-cao-kiem-diem-chi-uy.json' with { type: 'json' };
import a4 from '../data/a4-nghi-quyet-dai-hoi-chi-bo.json' with { type: 'json' };
import a5 from '../data/a5-bien-ban-dai-hoi-chi-bo.json' with { type: 'json' };
import a6 from '../data/a6-bang-chi-tieu.json' with { type: 'json' };
import a7 from '../data/a7-bao-cao-tong-hop-y-kien-gop-y.json' with { type: 'json' };
import a8 from '../data/a8-van-ban-gop-y-mat-tran-doan-the.json' with { type: 'json' };
import { TemplateValidationError } from './TemplateValidationError.js';
import type { Template } from './templateSchema.js';
import { parseTemplate } from './validateTemplate.js';

/**
 * The data files, by name. JSON imports (rather than reading the directory with node:fs) keep
 * this module loadable in the browser, under tsx and under vitest alike.
 */
const builtInSources: Readonly<Record<string, unknown>> = {
  'a1-bao-cao-chinh-tri-dang-bo-phuong.json': a1,
  'a2-bao-cao-chinh-tri-chi-bo.json': a2,
  'a3-bao-cao-kiem-diem-chi-uy.json': a3,
  'a4-nghi-quyet-dai-hoi-chi-bo.json': a4,
  'a5-bien-ban-dai-hoi-chi-bo.json': a5,
  'a6-bang-chi-tieu.json': a6,
  'a7-bao-cao-tong-hop-y-kien-gop-y.json': a7,
  'a8-van-ban-gop-y-mat-tran-doan-the.json': a8,
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Validates every data file; a broken built-in fails the import, not a user's click later. */
function loadBuiltIns(): readonly Template[] {
  const templates = Object.entries(builtInSources).map(([file, data]) => parseTemplate(data, `data/${file}`));
  const seen = new Set<string>();
  for (const template of templates) {
    const key = `${template.id}@${template.version}`;
    if (seen.has(key))
      throw new TemplateValidationError([`id: "${template.id}" version ${template.version} is built in twice`], 'built-ins');
    seen.add(key);
  }
  return deepFreeze(templates);
}

const templates = loadBuiltIns();

/** The file names under data/ that the built-ins were loaded from, in load order. */
export const builtInTemplateFiles: readonly string[] = Object.freeze(Object.keys(builtInSources));

/** The templates that ship with the app (DOMAIN A1-A8), validated and deeply frozen. */
export function builtInTemplates(): readonly Template[] {
  return templates;
}

/** A built-in template by id: the given version, or the highest version when none is given. */
export function findTemplate(id: string, version?: number): Template | undefined {
  let found: Template | undefined;
  for (const template of templates) {
    if (template.id !== id) continue;
    if (version !== undefined) {
      if (template.version === version) return template;
    } else if (found === undefined || template.version > found.version) {
      found = template;
    }
  }
  return found;
}

import type { TemplateScope } from '@van-kien/templates';
import type { TemplateSummary } from '../../domain/templates/templatesApi.js';

/** Who writes the documents of each scope, as the picker heads its groups. */
export const TEMPLATE_SCOPE_NAMES: Record<TemplateScope, string> = {
  chi_bo: 'Chi bộ',
  ward: 'Đảng bộ phường',
  mass_organization: 'Mặt trận, đoàn thể',
};

const SCOPE_ORDER: readonly string[] = ['chi_bo', 'ward', 'mass_organization'];

/** Templates of one scope, as the picker shows them. */
export interface TemplateGroup {
  scope: string;
  name: string;
  templates: TemplateSummary[];
}

/**
 * The templates grouped by scope (Chi bộ, Đảng bộ phường, Mặt trận, đoàn thể, then any scope this
 * client does not know under "Khác"), each in the server's order, and only the latest version of
 * each template.
 */
export function groupTemplatesByScope(templates: readonly TemplateSummary[]): TemplateGroup[] {
  const latest = new Map<string, TemplateSummary>();
  for (const template of templates) {
    const seen = latest.get(template.id);
    if (!seen || template.version > seen.version) latest.set(template.id, template);
  }
  const groups = new Map<string, TemplateGroup>();
  for (const template of templates) {
    if (latest.get(template.id) !== template) continue;
    const known = SCOPE_ORDER.includes(template.scope);
    const scope = known ? template.scope : 'other';
    let group = groups.get(scope);
    if (!group) {
      group = { scope, name: known ? TEMPLATE_SCOPE_NAMES[template.scope] : 'Khác', templates: [] };
      groups.set(scope, group);
    }
    group.templates.push(template);
  }
  const rank = (scope: string) => (SCOPE_ORDER.includes(scope) ? SCOPE_ORDER.indexOf(scope) : SCOPE_ORDER.length);
  return [...groups.values()].sort((a, b) => rank(a.scope) - rank(b.scope));
}

import { hasStrayBrace, placeholdersIn } from './documentTitle.js';
import { canHold } from './numbering.js';
import { TemplateValidationError } from './TemplateValidationError.js';
import { type Section, type SectionNumbering, type TargetsBody, type Template, templateSchema } from './templateSchema.js';

export type TemplateValidationResult = { ok: true; template: Template } | { ok: false; errors: string[] };

/** `["sections", 2, "children", 0, "numbering"]` → `sections[2].children[0].numbering`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'template' : out;
}

/**
 * Checks `input` against the template schema, then against the rules that span fields:
 * unique field and section ids, numbering that nests in order (PHẦN → I. → 1. → a)), one
 * numbering style among numbered siblings, placeholders that name declared fields, and
 * chỉ tiêu tables whose assessment column has a target and results to compare.
 * Every error starts with the path of the broken field, e.g.
 * `sections[2].children[0].numbering: "letter" cannot hold "roman"`.
 */
export function validateTemplate(input: unknown): TemplateValidationResult {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
  }
  const errors = [...checkFields(parsed.data), ...checkSections(parsed.data.sections)];
  return errors.length === 0 ? { ok: true, template: parsed.data } : { ok: false, errors };
}

/** Like `validateTemplate`, but returns the template or throws a `TemplateValidationError`. */
export function parseTemplate(input: unknown, origin?: string): Template {
  const result = validateTemplate(input);
  if (!result.ok) throw new TemplateValidationError(result.errors, origin);
  return result.template;
}

function checkFields(template: Template): string[] {
  const errors: string[] = [];
  const declared = new Map<string, number>();
  template.fields.forEach((field, index) => {
    const first = declared.get(field.id);
    if (first !== undefined) errors.push(`fields[${index}].id: "${field.id}" is already declared at fields[${first}]`);
    else declared.set(field.id, index);
  });
  for (const name of placeholdersIn(template.documentTitle)) {
    if (!declared.has(name)) {
      const known = [...declared.keys()].join(', ') || 'none';
      errors.push(`documentTitle: placeholder {${name}} names no declared field (declared: ${known})`);
    }
  }
  if (hasStrayBrace(template.documentTitle)) {
    errors.push('documentTitle: has a "{" or "}" outside a {fieldId} placeholder');
  }
  return errors;
}

function checkSections(sections: readonly Section[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();

  const visit = (siblings: readonly Section[], path: string, numberedAncestor: SectionNumbering | undefined): void => {
    let siblingNumbering: SectionNumbering | undefined;
    siblings.forEach((section, index) => {
      const here = `${path}[${index}]`;
      const first = seen.get(section.id);
      if (first !== undefined) errors.push(`${here}.id: "${section.id}" is already used at ${first}`);
      else seen.set(section.id, here);

      // A section at the wrong level is reported once, not again as a sibling mismatch.
      if (!canHold(numberedAncestor, section.numbering)) {
        errors.push(`${here}.numbering: "${numberedAncestor}" cannot hold "${section.numbering}"`);
      } else if (section.numbering !== 'none') {
        // Mixed styles among siblings ("I.", "2.", "c)") would make the counter meaningless.
        if (siblingNumbering === undefined) siblingNumbering = section.numbering;
        else if (section.numbering !== siblingNumbering) {
          errors.push(`${here}.numbering: "${section.numbering}" differs from its numbered siblings' "${siblingNumbering}"`);
        }
      }
      if (section.body.kind === 'targets') errors.push(...checkTargets(section.body, `${here}.body`));

      visit(section.children, `${here}.children`, section.numbering === 'none' ? numberedAncestor : section.numbering);
    });
  };

  visit(sections, 'sections', undefined);
  return errors;
}

function duplicates(items: readonly { id: string }[], path: string): string[] {
  const errors: string[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) errors.push(`${path}[${index}].id: "${item.id}" is already used at ${path}[${first}]`);
    else seen.set(item.id, index);
  });
  return errors;
}

function checkTargets(body: TargetsBody, path: string): string[] {
  const errors = [...duplicates(body.columns, `${path}.columns`), ...duplicates(body.rows, `${path}.rows`)];
  const indexesOf = (kind: string): number[] => body.columns.flatMap((column, index) => (column.kind === kind ? [index] : []));

  const assessments = indexesOf('assessment');
  for (const extra of assessments.slice(1)) {
    errors.push(`${path}.columns[${extra}].kind: a table has at most one "assessment" column (first at columns[${assessments[0]}])`);
  }
  if (assessments.length > 0) {
    // The verdict is computed from the target and the latest result (see assessTarget).
    const targets = indexesOf('target').length;
    if (targets !== 1) {
      errors.push(`${path}.columns: an "assessment" column needs exactly one "target" column to compare with (found ${targets})`);
    }
    if (indexesOf('result').length === 0) {
      errors.push(`${path}.columns: an "assessment" column needs at least one "result" column to assess`);
    }
  }
  return errors;
}

import type { Template } from './templateSchema.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names inside `{…}` in a document title, in order of appearance, e.g. ["chiBo", "term"]. */
export function placeholdersIn(documentTitle: string): string[] {
  return [...documentTitle.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Whether a title has a "{" or "}" that does not belong to a `{name}` pair. */
export function hasStrayBrace(documentTitle: string): boolean {
  return /[{}]/.test(documentTitle.replace(PLACEHOLDER, ''));
}

/**
 * A new document's title: each `{fieldId}` replaced by the user's value, else the field's default,
 * else "…" (the blank Party documents print for a detail still to be filled in).
 */
export function fillDocumentTitle(template: Pick<Template, 'documentTitle' | 'fields'>, values: Readonly<Record<string, string>>): string {
  return template.documentTitle.replace(PLACEHOLDER, (_match, name: string) => {
    const typed = values[name]?.trim();
    if (typed) return typed.normalize('NFC');
    return template.fields.find((field) => field.id === name)?.default ?? '…';
  });
}

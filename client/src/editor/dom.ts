/** Attribute values; `undefined` leaves the attribute out. */
export type ElementAttributes = Record<string, string | undefined>;

/**
 * An element with attributes and children, for node views, which build plain DOM: ProseMirror
 * owns their content, so React has no part in them.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: ElementAttributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) created.setAttribute(name, value);
  }
  created.append(...children);
  return created;
}

/** Sets `text` as an element's content only when it differs, so an unchanged view is not touched. */
export function setText(target: HTMLElement, text: string): void {
  if (target.textContent !== text) target.textContent = text;
}

/** Whether `target` is a form control inside a node view, whose events ProseMirror must leave alone. */
export function isFormControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('input, textarea, select, button, label, label *');
}

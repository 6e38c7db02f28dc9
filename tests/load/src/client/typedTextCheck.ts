import type { Typist } from './Typist.js';

/**
 * Whether every observer ended with the same text and that text is exactly the typists' runs:
 * the right length, and each typist's text present whole (typists never interleave, see Typist).
 */
export function checkTypedText(observerTexts: readonly string[], typists: readonly Typist[]): { converged: boolean; detail?: string } {
  const [first = ''] = observerTexts;
  if (observerTexts.some((text) => text !== first)) return { converged: false, detail: 'observers disagree on the text' };
  const expectedLength = typists.reduce((n, t) => n + t.typedText.length, 0);
  if (first.length !== expectedLength) {
    return { converged: false, detail: `text has ${first.length} characters, ${expectedLength} were typed` };
  }
  const missing = typists.filter((t) => !first.includes(t.typedText)).length;
  return missing === 0 ? { converged: true } : { converged: false, detail: `${missing} typists' text is not whole in the result` };
}

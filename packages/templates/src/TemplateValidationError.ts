/** A template that breaks the schema or its rules; `errors` name each broken field by its path. */
export class TemplateValidationError extends Error {
  constructor(
    readonly errors: readonly string[],
    /** Where the template came from, e.g. "data/a2-bao-cao-chinh-tri-chi-bo.json". */
    readonly origin?: string,
  ) {
    super(`${origin ? `Template ${origin}` : 'Template'} is invalid:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'TemplateValidationError';
  }
}

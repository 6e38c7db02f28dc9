import { afterEach, describe, expect, it, vi } from 'vitest';

describe('loading the built-in templates', () => {
  afterEach(() => {
    vi.doUnmock('../data/a3-bao-cao-kiem-diem-chi-uy.json');
    vi.resetModules();
  });

  it('fails the import, naming the file and the field, when a data file does not validate', async () => {
    vi.resetModules();
    vi.doMock('../data/a3-bao-cao-kiem-diem-chi-uy.json', async (importOriginal) => {
      const original = await importOriginal<{ default: Record<string, unknown> }>();
      return { default: { ...original.default, version: 0 } };
    });
    // resetModules gives a fresh TemplateValidationError class too, so match by name, not instanceof.
    await expect(import('./builtInTemplates.js')).rejects.toMatchObject({
      name: 'TemplateValidationError',
      origin: 'data/a3-bao-cao-kiem-diem-chi-uy.json',
      errors: [expect.stringMatching(/^version: /)],
    });
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Word files made by a program that is not this project: each HTML page converted by LibreOffice
 * headless, all in one soffice run (it starts once), with a profile of its own. `filter` is
 * LibreOffice's export filter ("MS Word 2007 XML" for .docx, "MS Word 97" for an old .doc).
 */
export async function libreOfficeWordFiles(
  pages: Record<string, string>,
  { extension = 'docx', filter = 'MS Word 2007 XML' }: { extension?: string; filter?: string } = {},
): Promise<Record<string, Buffer>> {
  const directory = await mkdtemp(join(tmpdir(), 'van-kien-import-'));
  try {
    const inputs = await Promise.all(
      Object.entries(pages).map(async ([name, html]) => {
        const input = join(directory, `${name}.html`);
        await writeFile(input, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
        return input;
      }),
    );
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(directory, 'profile')}`,
        '--headless',
        '--infilter=HTML (StarWriter)',
        '--convert-to',
        `${extension}:${filter}`,
        '--outdir',
        directory,
        ...inputs,
      ],
      { timeout: 90_000 },
    );
    const files: Record<string, Buffer> = {};
    for (const name of Object.keys(pages)) files[name] = await readFile(join(directory, `${name}.${extension}`));
    return files;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `docx` converted to PDF by LibreOffice headless, as a reader's office would open it. Each call
 * has a profile of its own: two soffice runs sharing one refuse to start.
 */
export async function libreOfficePdf(docx: Buffer, name = 'document.docx'): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'van-kien-soffice-'));
  const input = join(directory, name);
  await writeFile(input, docx);
  await run(
    'soffice',
    [`-env:UserInstallation=file://${join(directory, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', directory, input],
    { timeout: 60_000 },
  );
  return join(directory, `${basename(name, extname(name))}.pdf`);
}

/**
 * Several .docx files converted to PDF by one LibreOffice run (its start-up, seconds on a fresh
 * profile, is most of the cost); the PDFs' paths in the order of `files`. Names must differ.
 */
export async function libreOfficePdfs(files: readonly { name: string; docx: Buffer }[], timeoutMs = 120_000): Promise<string[]> {
  const directory = await mkdtemp(join(tmpdir(), 'van-kien-soffice-'));
  const inputs = files.map(({ name }) => join(directory, name));
  await Promise.all(files.map(({ docx }, index) => writeFile(inputs[index]!, docx)));
  await run(
    'soffice',
    [`-env:UserInstallation=file://${join(directory, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', directory, ...inputs],
    { timeout: timeoutMs },
  );
  return files.map(({ name }) => join(directory, `${basename(name, extname(name))}.pdf`));
}

/** The text of a PDF as pdftotext reads it, in reading order. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return stdout;
}

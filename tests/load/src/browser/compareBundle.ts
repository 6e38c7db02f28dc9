import { join } from 'node:path';
import { build } from 'esbuild';
import { benchRoot } from '../paths.js';

let bundled: Promise<string> | undefined;

/** The page script of the compare benchmark (`compareEntry.ts`) as one browser bundle, built once per run. */
export function compareBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(benchRoot, 'src', 'browser', 'compareEntry.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

import { join } from 'node:path';
import { build } from 'esbuild';
import { benchRoot } from '../paths.js';

/** Where compiled hosts go: inside the bench package, so their imports resolve to its node_modules. */
const HOSTS_OUT = join(benchRoot, '.hosts');

const compiled = new Map<string, Promise<string>>();

/**
 * A peer's host script as plain JavaScript, compiled once per run. The peers run without a
 * TypeScript loader, as ours runs from its bundle, so no server carries a loader's memory and CPU.
 */
export function compileHost(file: string): Promise<string> {
  let path = compiled.get(file);
  if (!path) {
    const outfile = join(HOSTS_OUT, file.replace(/\.ts$/, '.mjs'));
    path = build({
      entryPoints: [join(benchRoot, 'src', 'hosts', file)],
      outfile,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    }).then(() => outfile);
    compiled.set(file, path);
  }
  return path;
}

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The client's layers, read from its imports. A feature (`features/<name>/`) sees the shared layers
 * (`api/`, `app/`, `domain/`, `editor/`, `sync/`, `localStore/`, `session/`) and its own folder, never
 * a sibling feature nor a page: what composes features is a page (`pages/`), above them. The shared
 * layers see neither features nor pages. The two roots see everything: `main.tsx`, and the router
 * `app/App.tsx`, which mounts pages and the providers and pages of single features.
 */

const SOURCE_ROOT = dirname(fileURLToPath(import.meta.url));
const ROOTS = new Set(['main.tsx', 'app/App.tsx']);

/** Every `.ts`/`.tsx` file below `directory`, as paths relative to the source root with `/`. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [relative(SOURCE_ROOT, path).split('\\').join('/')] : [];
  });
}

/** The relative modules `file` imports (static, side-effect, re-export and dynamic), resolved from the source root. */
function importsOf(file: string, text: string): { specifier: string; target: string }[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.[^']*)'/g;
  return [...text.matchAll(pattern)].map((match) => {
    const specifier = match[1]!;
    return { specifier, target: posix.normalize(posix.join(posix.dirname(file), specifier)) };
  });
}

/** `features/<name>` for a feature's file, `pages` for a page, else the shared layer's folder. */
function layerOf(path: string): string {
  const [first, second] = path.split('/');
  return first === 'features' ? `features/${second}` : (first ?? path);
}

/** Each import that crosses a layer the wrong way, as `file imports 'specifier'`. */
function violations(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) => {
    if (ROOTS.has(path)) return [];
    const from = layerOf(path);
    return importsOf(path, text)
      .filter(({ target }) => {
        const to = layerOf(target);
        if (to === from) return false;
        if (from === 'pages') return false;
        return to === 'pages' || to.startsWith('features/');
      })
      .map(({ specifier }) => `${path} imports '${specifier}'`);
  });
}

describe('the client layers', () => {
  it('flags a feature that imports a sibling feature, a page, or a shared layer that imports either', () => {
    expect(
      violations([
        { path: 'features/a/A.tsx', text: "import { B } from '../b/B.js';\nimport { own } from './own.js';" },
        { path: 'features/a/lazy.ts', text: "const P = () => import('../../pages/P.js');" },
        { path: 'sync/S.ts', text: "export { A } from '../features/a/A.js';" },
        { path: 'pages/P.tsx', text: "import { A } from '../features/a/A.js';\nimport '../features/b/b.css';" },
        { path: 'app/App.tsx', text: "import { P } from '../pages/P.js';" },
      ]),
    ).toEqual([
      "features/a/A.tsx imports '../b/B.js'",
      "features/a/lazy.ts imports '../../pages/P.js'",
      "sync/S.ts imports '../features/a/A.js'",
    ]);
  });

  it('holds in the source: no feature imports a sibling feature or a page, no shared layer imports either', () => {
    const files = sourceFiles(SOURCE_ROOT).map((path) => ({ path, text: readFileSync(join(SOURCE_ROOT, path), 'utf8') }));
    expect(violations(files)).toEqual([]);
  });
});

// Bundles the server into dist/main.js, the program `pnpm start` runs. Running the TypeScript
// sources through tsx instead costs a loader thread and its compiled modules: about 45 MB of
// resident memory and a slower start. Packages of this workspace are bundled (they export
// TypeScript); better-sqlite3 (native) and pino (which loads its own files) stay outside.
import { build } from 'esbuild';

const EXTERNAL = ['better-sqlite3', 'pino'];

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // Bundled CommonJS packages (ws, docx…) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});

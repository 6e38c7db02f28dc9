import { fileURLToPath } from 'node:url';

/** The benchmark package (`tests/load`). */
export const benchRoot = fileURLToPath(new URL('..', import.meta.url));

/** The repository root, whose `server/src/main.ts` is "ours" unless told otherwise. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The recorded typing traces, kept in the repository (see `traces/README.md` for their source and licence). */
export const tracesDir = fileURLToPath(new URL('../traces', import.meta.url));

import { fileURLToPath } from 'node:url';

/** The benchmark package (`tests/load`). */
export const benchRoot = fileURLToPath(new URL('..', import.meta.url));

/** The repository root, whose `server/src/main.ts` is "ours" unless told otherwise. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The shared typing traces (see its README). */
export const tracesDir = fileURLToPath(new URL('../../../../shared/traces', import.meta.url));

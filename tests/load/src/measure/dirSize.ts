import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes of the files under `dir` (0 when it does not exist). */
export function dirSize(dir: string): number {
  let total = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}

import type { VersionKind } from '@van-kien/api';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** What thinning needs to know of a version. */
export interface ThinnableVersion {
  number: number;
  kind: VersionKind;
  createdAt: number;
}

/**
 * The automatic versions to remove so that history stays bounded: every version of the last day
 * stays, then the newest of each hour for a week, then the newest of each day. Named drafts and
 * the versions a restore or an import ("Nhập từ Word") took are never removed, nor is the newest version (the next delta is
 * taken against it). Buckets are counted back from `now`, so a kept version stays kept as it ages
 * into the next tier only if it is still the newest of its new bucket.
 */
export function versionsToThin(versions: readonly ThinnableVersion[], now: number): number[] {
  const newest = Math.max(...versions.map((v) => v.number));
  const keptBuckets = new Set<string>();
  const remove: number[] = [];
  for (const version of [...versions].sort((a, b) => b.createdAt - a.createdAt || b.number - a.number)) {
    if (version.kind !== 'auto' || version.number === newest) continue;
    const age = now - version.createdAt;
    if (age < DAY) continue;
    const bucket = age < 7 * DAY ? `h${Math.floor(age / HOUR)}` : `d${Math.floor(age / DAY)}`;
    if (keptBuckets.has(bucket)) remove.push(version.number);
    else keptBuckets.add(bucket);
  }
  return remove.sort((a, b) => a - b);
}

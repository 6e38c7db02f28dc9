/** The app's paths of the history: one version read-only, and two versions compared. */

/** `/d/:documentId/versions/:number`: one version, read-only. */
export function versionPath(documentId: string, number: number): string {
  return `/d/${encodeURIComponent(documentId)}/versions/${number}`;
}

/** What a comparison's "to" side is: a version number, or today's text. */
export type CompareSide = number | 'current';

/** `/d/:documentId/compare?from=n&to=m|current`: the older version against a newer one or today's text. */
export function comparePath(documentId: string, from: number, to: CompareSide = 'current'): string {
  return `/d/${encodeURIComponent(documentId)}/compare?from=${from}&to=${to}`;
}

/** A version number from a path or query parameter; undefined for anything but a whole number from 1. */
export function parseVersionNumber(value: string | null | undefined): number | undefined {
  if (value == null || !/^[1-9]\d{0,8}$/.test(value)) return undefined;
  return Number(value);
}

/** The two sides of a comparison from its query, as the server's `CompareQuery` reads them ("to" is today's text unless given). */
export function parseCompareQuery(search: URLSearchParams): { from: number; to: CompareSide } | undefined {
  const from = parseVersionNumber(search.get('from'));
  const rawTo = search.get('to');
  const to = rawTo === null || rawTo === 'current' ? 'current' : parseVersionNumber(rawTo);
  if (from === undefined || to === undefined) return undefined;
  return { from, to };
}

import * as Y from 'yjs';

/** Per Yjs client, the clock ranges [start, end) a set of updates holds, sorted and merged. */
type ClockRanges = Map<number, [start: number, end: number][]>;

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type Structs = DecodedUpdate['structs'];

/**
 * The changes of `update` that stored content (a snapshot and its update log) lacks, described
 * for a message; empty when every one of them is stored. Compared as stored bytes, structs and
 * deletions, not as a document: the server stores an update whose dependencies it has not seen
 * yet as it came, and that is stored even though no document shows it before they arrive.
 */
export function changesMissingFrom(stored: readonly Uint8Array[], update: Uint8Array): string[] {
  const storedParts = stored.map((part) => Y.decodeUpdate(part));
  const storedStructs = mergeRanges(storedParts.flatMap(({ structs }) => structRanges(structs)));
  const storedDeletions = mergeRanges(storedParts.flatMap(deletionRanges));
  const decoded = Y.decodeUpdate(update);
  return [
    ...uncovered(mergeRanges(structRanges(decoded.structs)), storedStructs).map((range) => `insertion ${range}`),
    ...uncovered(mergeRanges(deletionRanges(decoded)), storedDeletions).map((range) => `deletion ${range}`),
  ];
}

/** The ranges of `wanted` that `present` does not cover, as `client:start-end`. */
function uncovered(wanted: ClockRanges, present: ClockRanges): string[] {
  return [...wanted].flatMap(([client, ranges]) =>
    ranges
      .filter(([start, end]) => !(present.get(client) ?? []).some(([from, to]) => from <= start && end <= to))
      .map(([start, end]) => `${client}:${start}-${end}`),
  );
}

function structRanges(structs: Structs): [number, number, number][] {
  // A Skip stands for a gap in the update, not for content.
  return structs.filter((struct) => !(struct instanceof Y.Skip)).map(rangeOf);
}

/**
 * What an update deletes: its delete set, and its GC structs, which stand for content deleted and
 * collected before it was encoded (a receiver that integrates one lists it in no delete set).
 */
function deletionRanges({ structs, ds }: DecodedUpdate): [number, number, number][] {
  return [...deleteRanges(ds), ...structs.filter((struct) => struct instanceof Y.GC).map(rangeOf)];
}

function rangeOf(struct: Structs[number]): [number, number, number] {
  return [struct.id.client, struct.id.clock, struct.id.clock + struct.length];
}

function deleteRanges(ds: DecodedUpdate['ds']): [number, number, number][] {
  return [...ds.clients].flatMap(([client, items]) =>
    items.map((item): [number, number, number] => [client, item.clock, item.clock + item.len]),
  );
}

function mergeRanges(ranges: [number, number, number][]): ClockRanges {
  const byClient: ClockRanges = new Map();
  for (const [client, start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    let merged = byClient.get(client);
    if (!merged) {
      merged = [];
      byClient.set(client, merged);
    }
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return byClient;
}

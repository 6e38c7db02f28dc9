/** The servers a benchmark run compares, in table order: ours first, then the peers. */
export const SERVER_KINDS = ['ours', 'hocuspocus', 'y-websocket'] as const;

export type ServerKind = (typeof SERVER_KINDS)[number];

/** Peers are every server but ours; ratios are taken against the best of them. */
export const PEER_KINDS: readonly ServerKind[] = SERVER_KINDS.filter((kind) => kind !== 'ours');

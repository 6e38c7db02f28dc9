import { readDocumentNode, writeDocumentJson } from '@van-kien/schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromDeltas, encodeDelta, foldDeltas, mergeDeltas } from './versionDeltas.js';

/** A small deterministic generator (mulberry32), so a failing chain can be replayed. */
function seeded(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

const WORDS = ['Chi bộ ', 'lãnh đạo ', 'nhân dân ', 'hoàn thành ', 'chỉ tiêu ', 'nhiệm kỳ ', 'đoàn kết '];

function paragraphsOf(doc: Y.Doc): Y.XmlElement[] {
  const section = doc.getXmlFragment('content').get(0) as Y.XmlElement;
  return section.toArray().filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph');
}

/** One random edit on a replica: typing, deleting a run of text, adding or removing a paragraph. */
function randomEdit(doc: Y.Doc, next: (below: number) => number): void {
  const section = doc.getXmlFragment('content').get(0) as Y.XmlElement;
  const paragraphs = paragraphsOf(doc);
  const paragraph = paragraphs[next(paragraphs.length)]!;
  const text = paragraph.get(0) as Y.XmlText;
  switch (next(5)) {
    case 0:
    case 1:
      text.insert(next(text.length + 1), WORDS[next(WORDS.length)]!);
      break;
    case 2:
      if (text.length > 0) {
        const from = next(text.length);
        text.delete(from, 1 + next(Math.min(12, text.length - from)));
      }
      break;
    case 3: {
      const added = new Y.XmlElement('paragraph');
      added.insert(0, [new Y.XmlText(WORDS[next(WORDS.length)]!)]);
      section.insert(next(section.length + 1), [added]);
      break;
    }
    case 4:
      if (paragraphs.length > 1) section.delete(section.toArray().indexOf(paragraph), 1);
      break;
  }
}

interface Chain {
  deltas: Uint8Array[];
  /** Each version's content as ProseMirror JSON, and its plain text. */
  expected: { json: unknown; text: string }[];
}

/**
 * A live document that collects its garbage like the server's, edited by two replicas; after every
 * few edits a version is taken as `VersionService` takes it: a delta against the state vector of
 * the previous version's encoded snapshot.
 */
function editedChain(seed: number, versions: number): Chain {
  const next = seeded(seed);
  const live = new Y.Doc({ gc: true });
  writeDocumentJson(live, {
    type: 'doc',
    content: [
      {
        type: 'section',
        attrs: { sectionId: 's1', title: 'Kết quả', numbering: 'roman' },
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Chi bộ lãnh đạo nhân dân hoàn thành chỉ tiêu.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Nhiệm kỳ 2020-2025.' }] },
        ],
      },
    ],
  });
  const replicas = [new Y.Doc(), new Y.Doc()];
  for (const replica of replicas) Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
  const chain: Chain = { deltas: [], expected: [] };
  let previous: Uint8Array | undefined;
  for (let v = 0; v < versions; v++) {
    for (let e = 0; e < 1 + next(6); e++) {
      const replica = replicas[next(2)]!;
      const before = Y.encodeStateVector(replica);
      randomEdit(replica, next);
      Y.applyUpdate(live, Y.encodeStateAsUpdate(replica, before));
      for (const other of replicas) Y.applyUpdate(other, Y.encodeStateAsUpdate(live, Y.encodeStateVector(other)));
    }
    const since = previous && Y.encodeStateVector(Y.decodeSnapshot(previous).sv);
    chain.deltas.push(encodeDelta(live, since));
    previous = Y.encodeSnapshot(Y.snapshot(live));
    const node = readDocumentNode(live);
    chain.expected.push({ json: node.toJSON(), text: node.textContent });
  }
  return chain;
}

function contentOf(deltas: readonly Uint8Array[]): { json: unknown; text: string } {
  const doc = docFromDeltas(deltas);
  try {
    const node = readDocumentNode(doc);
    return { json: node.toJSON(), text: node.textContent };
  } finally {
    doc.destroy();
  }
}

describe('a version’s content as a chain of deltas', () => {
  it.each([1, 2, 3, 42])('reconstructs every version of a long edited history exactly (seed %i)', (seed) => {
    const { deltas, expected } = editedChain(seed, 30);
    for (let n = 0; n < deltas.length; n++) expect(contentOf(deltas.slice(0, n + 1)), `version ${n + 1}`).toEqual(expected[n]);
  });

  it('the history deletes: text and paragraphs of earlier versions are gone from later ones', () => {
    const { expected } = editedChain(7, 30);
    const lengths = expected.map((e) => e.text.length);
    expect(lengths.some((length, i) => i > 0 && length < lengths[i - 1]!)).toBe(true);
  });

  it('folding two adjacent deltas (thinning the earlier version) keeps every later version exact', () => {
    const { deltas, expected } = editedChain(11, 20);
    // Thin versions 3, 4 (folded twice over) and 10, as thinning removes them one after another.
    let chain = deltas.map((delta, index) => ({ number: index + 1, delta }));
    for (const removed of [3, 4, 10]) {
      const at = chain.findIndex((v) => v.number === removed);
      chain[at + 1] = { number: chain[at + 1]!.number, delta: foldDeltas(chain[at]!.delta, chain[at + 1]!.delta) };
      chain = chain.filter((v) => v.number !== removed);
    }
    expect(chain.map((v) => v.number)).not.toContain(4);
    for (const [index, version] of chain.entries()) {
      const through = chain.slice(0, index + 1).map((v) => v.delta);
      expect(contentOf(through), `version ${version.number}`).toEqual(expected[version.number - 1]);
    }
  });

  it('a single delta is the whole first version, and merging is the same as applying one after another', () => {
    const { deltas } = editedChain(5, 5);
    const stepwise = new Y.Doc();
    for (const delta of deltas) Y.applyUpdate(stepwise, mergeDeltas([delta]));
    expect(readDocumentNode(stepwise).toJSON()).toEqual(contentOf(deltas).json);
  });
});

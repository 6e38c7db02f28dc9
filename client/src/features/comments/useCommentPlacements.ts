import { type PassageAnchor, resolveAnchor } from '@van-kien/schema';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Placements } from './threadGrouping.js';

/** How long the text must rest before passages are found again; highlights follow each edit meanwhile by mapping. */
const SETTLE_MS = 250;

function resolveAll(doc: Y.Doc, threads: readonly { id: string; anchor: PassageAnchor | null }[]): Placements {
  const placements = new Map<string, ReturnType<typeof resolveAnchor>>();
  for (const thread of threads) if (thread.anchor) placements.set(thread.id, resolveAnchor(doc, thread.anchor));
  return placements;
}

/**
 * Where the passage of each thread is in the document now (`resolveAnchor` on the page's Y.Doc,
 * whose text the editor shows): found again when the threads change and once the text has rested
 * after anyone's edits, so a burst of typing costs one pass, not one per keystroke.
 */
export function useCommentPlacements(doc: Y.Doc, threads: readonly { id: string; anchor: PassageAnchor | null }[]): Placements {
  const [placements, setPlacements] = useState<Placements>(() => new Map());

  useEffect(() => {
    setPlacements(resolveAll(doc, threads));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setPlacements(resolveAll(doc, threads)), SETTLE_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc, threads]);

  return placements;
}

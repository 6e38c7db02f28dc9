import { useEffect, useState } from 'react';
import type { PersistenceProvider } from './DocumentPersistence.js';
import { DocumentSync } from './DocumentSync.js';

/**
 * A `DocumentSync` for `documentId`, created when the component mounts and destroyed when it
 * unmounts or the id changes; null until the effect ran. Created in an effect rather than
 * during render so that React never leaks a provider it discarded.
 *
 * It keeps its copy on this device in `local` (when the browser has one), and connects to the
 * server only once `serverKnowsIt`: a document made offline waits until it is registered.
 */
export function useDocumentSync(documentId: string, local: PersistenceProvider | undefined, serverKnowsIt = true): DocumentSync | null {
  const [sync, setSync] = useState<DocumentSync | null>(null);
  useEffect(() => {
    const created = new DocumentSync(documentId, { persistence: local?.persistenceOf(documentId), connect: false });
    setSync(created);
    return () => {
      created.destroy();
      setSync(null);
    };
  }, [documentId, local]);
  useEffect(() => {
    if (sync && serverKnowsIt) sync.connect();
  }, [sync, serverKnowsIt]);
  return sync;
}

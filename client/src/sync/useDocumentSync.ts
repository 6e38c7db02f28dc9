import { useEffect, useState } from 'react';
import { DocumentSync } from './DocumentSync.js';

/**
 * A `DocumentSync` for `documentId`, created when the component mounts and destroyed when it
 * unmounts or the id changes; null until the effect ran. Created in an effect rather than
 * during render so that React never leaks a provider it discarded.
 */
export function useDocumentSync(documentId: string): DocumentSync | null {
  const [sync, setSync] = useState<DocumentSync | null>(null);
  useEffect(() => {
    const created = new DocumentSync(documentId);
    setSync(created);
    return () => {
      created.destroy();
      setSync(null);
    };
  }, [documentId]);
  return sync;
}

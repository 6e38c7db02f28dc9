import { currentDraftMarker, partyDocumentFormat } from '@van-kien/schema';
import type { DraftingState } from './historyApi.js';
import { formatVietnamTime } from './historyText.js';
import './history.css';

/**
 * The editor header's marker (DOMAIN.md §B): "DỰ THẢO (lần n)" while the document is a draft, n
 * being the draft the next freeze makes; "Đã thông qua" once the owner marked it adopted. Nothing
 * until the state is loaded, so it never shows the wrong one first.
 */
export function DraftMarker({ drafting }: { drafting: DraftingState | undefined }) {
  if (!drafting) return null;
  const marker = currentDraftMarker(partyDocumentFormat, drafting);
  if (marker) {
    return (
      <span className="draft-marker" data-testid="draft-marker">
        {marker}
      </span>
    );
  }
  const when = drafting.adoptedAt === null ? '' : `Thông qua lúc ${formatVietnamTime(drafting.adoptedAt)}`;
  return (
    <span className="adopted-badge" data-testid="adopted-badge" title={when}>
      Đã thông qua
    </span>
  );
}

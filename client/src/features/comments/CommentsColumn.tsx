import type { Editor } from '@tiptap/react';
import { AnchorError, createAnchor, MAX_QUOTE_LENGTH, type PassageAnchor } from '@van-kien/schema';
import { type ReactNode, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import type * as Y from 'yjs';
import { useMediaQuery } from '../../app/useMediaQuery.js';
import { canEdit } from '../../domain/accounts/documentRoles.js';
import type { DocumentRole } from '../../domain/accounts/model.js';
import { THREAD_PARAM } from '../../domain/comments/threadLink.js';
import { useAccount } from '../../session/useSession.js';
import type { DocumentSync } from '../../sync/DocumentSync.js';
import { useSyncStateValue } from '../../sync/useSyncState.js';
import { CommentComposer } from './CommentComposer.js';
import { CommentFilterBar } from './CommentFilterBar.js';
import { filterThreads, isFiltered, NO_FILTER, type ThreadFilter } from './commentFilters.js';
import { type Highlight, highlightedRanges } from './commentHighlights.js';
import { type MarginEntry, MarginTrack } from './MarginTrack.js';
import { commentOutboxOf } from './outbox/CommentOutbox.js';
import { entriesOf } from './outbox/outboxEntries.js';
import { overlayOutbox, type ShownThread } from './outbox/outboxOverlay.js';
import { type CommentPermissions, ThreadCard } from './ThreadCard.js';
import { groupBySection, marginItems, type SectionHeading, sectionName } from './threadGrouping.js';
import { UnsentChanges } from './UnsentChanges.js';
import { useCommentHighlights } from './useCommentHighlights.js';
import { useCommentPlacements } from './useCommentPlacements.js';
import { useCommentThreads } from './useCommentThreads.js';
import { useTextSelection } from './useTextSelection.js';
import { useThreadActions } from './useThreadActions.js';
import './comments.css';
import { FormError } from '../../app/FormError.js';

/** From this width the comments stand in a margin beside the page; below it, they fold into a panel above it. */
export const MARGIN_LAYOUT = '(min-width: 1500px)';

/** The key of the comment being written, among the cards. */
const DRAFT = 'draft';

interface Draft {
  /** Null for a comment on the whole document. */
  anchor: PassageAnchor | null;
  /** Where the passage starts, for the card to stand level with it. */
  position: number;
}

interface CommentsColumnProps {
  editor: Editor;
  /** The page's shared document: anchors are made and found in it. */
  doc: Y.Doc;
  sync: DocumentSync;
  documentId: string;
  role: DocumentRole;
  /** The document's sections in document order, as its outline shows them: threads are grouped and filtered by them. */
  outline: readonly SectionHeading[];
}

/**
 * The comments of a document beside its text: each thread level with its passage (a margin on wide
 * screens, a folding list by section on narrow ones), the commented passages highlighted, a click
 * on either focusing both; whole-document comments ("Góp ý chung") at the top; filters; and, for
 * those who may comment, a "Góp ý" button on any selected text.
 */
export function CommentsColumn({ editor, doc, sync, documentId, role, outline }: CommentsColumnProps) {
  const account = useAccount();
  const me = useMemo(() => ({ id: account.id, displayName: account.displayName }), [account.id, account.displayName]);
  const outbox = commentOutboxOf(account.id);
  const queued = useSyncExternalStore(outbox.subscribe, outbox.getEntries);
  const data = useCommentThreads(documentId, sync, outbox);
  const actions = useThreadActions(documentId, outbox, data);
  const { threads, unplaced } = useMemo(
    () => overlayOutbox(data.threads ?? [], entriesOf(queued, documentId), me),
    [data.threads, queued, documentId, me],
  );
  const placements = useCommentPlacements(doc, threads);
  const [filter, setFilter] = useState<ThreadFilter>(NO_FILTER);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const shown = useMemo(() => filterThreads(threads, filter, placements, outline), [threads, filter, placements, outline]);
  const requested = useSearchParams()[0].get(THREAD_PARAM);
  const [focused, setFocused] = useState<string | null>(null);
  // A card to scroll into view once it is on screen (from a notification, or a click on its passage).
  const [reveal, setReveal] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [selectionProblem, setSelectionProblem] = useState<string | undefined>();
  const wide = useMediaQuery(MARGIN_LAYOUT);
  const [panelOpen, setPanelOpen] = useState(false);
  const selection = useTextSelection(editor);
  const connection = useSyncStateValue(sync, (state) => state.connection);
  const permissions: CommentPermissions = { me, mayComment: role !== 'viewer', mayAnswer: canEdit(role) };

  // Back in touch with the server: what waits on this device goes out.
  useEffect(() => {
    if (connection === 'connected') void outbox.flush();
  }, [connection, outbox]);

  const highlights = useMemo<Highlight[]>(
    () =>
      shown.flatMap((thread) => {
        const placement = placements.get(thread.id);
        return placement?.state === 'attached'
          ? [{ threadId: thread.id, from: placement.from, to: placement.to, resolved: thread.status === 'resolved' }]
          : [];
      }),
    [shown, placements],
  );
  useCommentHighlights(editor, highlights, focused, (threadId) => {
    if (threadId === null) {
      if (focused !== DRAFT) setFocused(null);
      return;
    }
    setFocused(threadId);
    setPanelOpen(true);
    setReveal(threadId);
  });

  // A thread named in the address (a notification's link) opens in focus, whatever the filters hid.
  useEffect(() => {
    if (requested === null) return;
    setFilter(NO_FILTER);
    setFocused(requested);
    setReveal(requested);
    setPanelOpen(true);
  }, [requested]);

  useEffect(() => {
    if (reveal === null) return;
    const card = document.querySelector(`[data-testid="comment-thread"][data-thread-id="${CSS.escape(reveal)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'nearest' });
    setReveal(null);
  });

  function startComment(anchorOf: () => PassageAnchor | null, position: number) {
    try {
      setDraft({ anchor: anchorOf(), position });
      setFocused(DRAFT);
      setPanelOpen(true);
      setSelectionProblem(undefined);
    } catch (error) {
      if (!(error instanceof AnchorError)) throw error;
      setSelectionProblem(
        error.field === 'quote'
          ? `Đoạn đã chọn dài quá ${MAX_QUOTE_LENGTH} ký tự; hãy chọn một đoạn ngắn hơn`
          : 'Hãy chọn một đoạn văn có chữ để góp ý',
      );
    }
  }
  const commentOnSelection = () => selection && startComment(() => createAnchor(doc, selection.from, selection.to), selection.from);

  const card = (thread: ShownThread, showQuote: boolean) => (
    <ThreadCard
      key={thread.id}
      thread={thread}
      placement={placements.get(thread.id)}
      permissions={permissions}
      actions={actions}
      focused={focused === thread.id}
      onFocus={() => setFocused(thread.id)}
      showQuote={showQuote}
    />
  );
  const composer = draft && (
    <CommentComposer
      quote={draft.anchor?.quote ?? null}
      onCancel={() => {
        setDraft(null);
        setFocused(null);
      }}
      onSubmit={async (kind, body) => {
        const threadId = await actions.create(draft.anchor, kind, body);
        setDraft(null);
        setFocused(threadId);
        // The passage is commented on now: no "Góp ý" button over it any more.
        if (draft.anchor) {
          editor.commands.setTextSelection(editor.state.selection.to);
          document.getSelection()?.removeAllRanges();
        }
      }}
    />
  );
  const grouped = groupBySection(shown, placements, outline);
  const expanded = wide || panelOpen;

  return (
    <aside className={wide ? 'comments comments--margin' : 'comments comments--panel'} aria-label="Góp ý" data-testid="comments">
      <div className="comments__header">
        <h2 className="comments__heading">
          Góp ý{' '}
          <span className="comments__count" data-testid="comment-count">
            {isFiltered(filter) ? `${shown.length}/${threads.length}` : threads.length}
          </span>
        </h2>
        {!wide && (
          <button type="button" className="button button--quiet" aria-expanded={panelOpen} onClick={() => setPanelOpen((open) => !open)}>
            {panelOpen ? 'Thu gọn' : 'Mở góp ý'}
          </button>
        )}
        {expanded && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={filtersOpen}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Lọc
          </button>
        )}
        {expanded && permissions.mayComment && (
          <button type="button" className="button" onClick={() => startComment(() => null, 0)}>
            Góp ý chung
          </button>
        )}
      </div>
      {expanded && (
        <>
          {data.error && (
            <p className="form-error" role="alert">
              {data.error}{' '}
              <button type="button" className="button button--quiet" onClick={data.refresh}>
                Thử lại
              </button>
            </p>
          )}
          {filtersOpen && <CommentFilterBar filter={filter} onChange={setFilter} threads={threads} outline={outline} />}
          {unplaced.length > 0 && <UnsentChanges entries={unplaced} actions={actions} />}
          {draft?.anchor === null && composer}
          {grouped.general.length > 0 && (
            <section className="comments__group" aria-label="Góp ý chung">
              <h3 className="comments__subheading">Góp ý chung</h3>
              <div className="comments__list">{grouped.general.map((thread) => card(thread, false))}</div>
            </section>
          )}
          {data.threads !== undefined && threads.length === 0 && !draft && <p className="muted comments__empty">Chưa có góp ý nào.</p>}
          <FormError message={selectionProblem} />
        </>
      )}
      {wide ? (
        <MarginTrack
          editor={editor}
          focusedKey={focused}
          entries={marginEntries(
            editor,
            marginItems(shown, placements, outline),
            card,
            draft?.anchor ? { ...draft, content: composer } : null,
          )}
          selectionControl={
            selection && permissions.mayComment && !draft
              ? {
                  locate: () => selection.from,
                  content: (
                    <button
                      type="button"
                      className="button button--primary comment-add"
                      data-testid="comment-add"
                      onClick={commentOnSelection}
                    >
                      Góp ý
                    </button>
                  ),
                }
              : undefined
          }
        />
      ) : (
        <>
          {panelOpen && draft?.anchor && composer}
          {panelOpen && (
            <div className="comments__sections">
              {grouped.sections.map(({ section, threads: sectionThreads }) => (
                <section key={section.sectionId} className="comments__group" aria-label={sectionName(section)}>
                  <h3 className="comments__subheading">{sectionName(section)}</h3>
                  <div className="comments__list">{sectionThreads.map((thread) => card(thread, true))}</div>
                </section>
              ))}
              {grouped.unsectioned.length > 0 && (
                <section className="comments__group" aria-label="Trong văn bản">
                  {grouped.sections.length > 0 && <h3 className="comments__subheading">Ngoài các phần</h3>}
                  <div className="comments__list">{grouped.unsectioned.map((thread) => card(thread, true))}</div>
                </section>
              )}
            </div>
          )}
          {selection && permissions.mayComment && !draft && (
            <button
              type="button"
              className="button button--primary comment-add comment-add--floating"
              data-testid="comment-add"
              onClick={commentOnSelection}
            >
              Góp ý đoạn đã chọn
            </button>
          )}
        </>
      )}
    </aside>
  );
}

/**
 * The cards of the margin, each locating its passage anew at layout time: the highlight's range
 * (mapped through every edit since the passages were last found), else where it was found.
 */
function marginEntries(
  editor: Editor,
  items: readonly { thread: ShownThread; position: number }[],
  card: (thread: ShownThread, showQuote: boolean) => ReactNode,
  draft: (Draft & { content: ReactNode }) | null,
): MarginEntry[] {
  const entries: MarginEntry[] = items.map(({ thread, position }) => ({
    key: thread.id,
    locate: () => highlightedRanges(editor.state).get(thread.id)?.from ?? position,
    content: card(thread, false),
  }));
  if (draft) {
    const at = entries.findIndex((entry) => entry.locate() > draft.position);
    entries.splice(at < 0 ? entries.length : at, 0, { key: DRAFT, locate: () => draft.position, content: draft.content });
  }
  return entries;
}

// Saving every pending edit at once: when the page is hidden or left (reload, closing the tab), and
// when the desktop app's window closes or the app quits (main asks through the IPC contract).
type Flusher = () => Promise<unknown> | void;

const flushers = new Set<Flusher>();

/** A field with unsaved text registers how to save it; the returned function unregisters. */
export function onFlushPending(flush: Flusher): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** Starts every pending save and resolves when all have finished (failures are each field's own to report). */
export async function flushPendingEdits(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}

/**
 * Flushes on pagehide and when the page becomes hidden. The saves start at once; the journal
 * (journal.ts) covers a page torn down before they finish.
 */
export function flushWhenLeaving(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, doc: Pick<Document, 'visibilityState'>): () => void {
  const onHide = () => void flushPendingEdits();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void flushPendingEdits();
  };
  target.addEventListener('pagehide', onHide);
  target.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.removeEventListener('visibilitychange', onVisibility);
  };
}

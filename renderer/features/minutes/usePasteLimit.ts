// Refuses a paste (or a drop of text) into the minutes box that would make it longer than the limit,
// before the browser puts it in the box: a 20 MB paste taken in whole and drawn by React costs
// seconds and over a gigabyte, only to be refused when "Find the resolutions" is pressed.
import { useMemo } from 'react';
import type { ClipboardEvent, DragEvent } from 'react';

/** The sentence shown when a paste is refused; `max` in characters. */
export function pasteTooLongMessage(max: number): string {
  return `That is too long to be one meeting's minutes (over ${(max / 1_000_000).toLocaleString('en-GB')} million characters), so it was not pasted. Nothing in the box has changed. Open the minutes file instead, or paste one meeting at a time.`;
}

/** True when putting `incoming` characters in place of the selection would take the box past `max`. */
export function wouldExceed(box: Pick<HTMLTextAreaElement, 'value' | 'selectionStart' | 'selectionEnd'>, incoming: number, max: number): boolean {
  const selected = Math.max(0, (box.selectionEnd ?? 0) - (box.selectionStart ?? 0));
  return box.value.length - selected + incoming > max;
}

type PasteEvent = Pick<ClipboardEvent<HTMLTextAreaElement>, 'clipboardData' | 'currentTarget' | 'preventDefault'>;
type DropEvent = Pick<DragEvent<HTMLTextAreaElement>, 'dataTransfer' | 'currentTarget' | 'preventDefault'>;

/** onPaste and onDrop handlers for a textarea; `refuse` shows the message. */
export function pasteLimitHandlers(max: number, refuse: (message: string) => void) {
  return {
    onPaste(event: PasteEvent) {
      const text = event.clipboardData.getData('text/plain');
      if (!wouldExceed(event.currentTarget, text.length, max)) return;
      event.preventDefault();
      refuse(pasteTooLongMessage(max));
    },
    onDrop(event: DropEvent) {
      // Dropped files are the window's file drop's business; only dropped text is checked here.
      if (event.dataTransfer.files.length > 0) return;
      const text = event.dataTransfer.getData('text/plain');
      if (!wouldExceed(event.currentTarget, text.length, max)) return;
      event.preventDefault();
      refuse(pasteTooLongMessage(max));
    },
  };
}

/** The handlers, kept the same between renders. */
export function usePasteLimit(max: number, refuse: (message: string) => void) {
  return useMemo(() => pasteLimitHandlers(max, refuse), [max, refuse]);
}

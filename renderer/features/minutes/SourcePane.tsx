// The minutes as read, one line per option of a list the officer can select lines in (mouse, Shift+click,
// or the keyboard: arrows, Shift+arrows, Home, End, Page Up/Down), to make a resolution of any lines.
// Lines inside a resolution block that are in no proposal are marked.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { UnclaimedRun } from './coverage';

export interface LineRange {
  anchor: number;
  focus: number;
}

interface Props {
  lines: readonly string[];
  /** Lines of the proposal being looked at. */
  lit: { from: number; to: number } | null;
  unclaimed: readonly UnclaimedRun[];
  selection: LineRange | null;
  onSelect(range: LineRange): void;
  onAdd(): void;
  /** Bumped to scroll the selection into view (after "Show the next"). */
  reveal: number;
}

export const rangeOf = (r: LineRange) => ({ from: Math.min(r.anchor, r.focus), to: Math.max(r.anchor, r.focus) });

export function SourcePane({ lines, lit, unclaimed, selection, onSelect, onAdd, reveal }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const marked = new Set<number>();
  for (const run of unclaimed) for (let i = run.from; i <= run.to; i++) marked.add(i);
  const range = selection ? rangeOf(selection) : null;
  const active = selection?.focus ?? -1;

  // Only the list scrolls (never the dialog around it, which would move a control from under the pointer).
  function scrollToLine(i: number, centre: boolean) {
    const box = list.current;
    const el = box?.querySelector<HTMLElement>(`#src-${i}`);
    if (!box || !el) return;
    const top = el.offsetTop;
    if (centre) box.scrollTop = top - box.clientHeight / 2;
    else if (top < box.scrollTop) box.scrollTop = top;
    else if (top + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + el.offsetHeight - box.clientHeight;
  }

  useEffect(() => {
    if (active >= 0) scrollToLine(active, false);
  }, [active, reveal]);

  const litFrom = lit?.from ?? -1;
  useEffect(() => {
    if (litFrom >= 0) scrollToLine(litFrom, true);
  }, [litFrom]);

  function move(to: number, extend: boolean) {
    const focus = Math.max(0, Math.min(lines.length - 1, to));
    onSelect({ anchor: extend && selection ? selection.anchor : focus, focus });
  }

  function onKeyDown(e: KeyboardEvent) {
    const at = active < 0 ? 0 : active;
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20 };
    if (e.key in steps) move(active < 0 ? 0 : at + steps[e.key]!, e.shiftKey);
    else if (e.key === 'Home') move(0, e.shiftKey);
    else if (e.key === 'End') move(lines.length - 1, e.shiftKey);
    else if (e.key === 'Enter' && range) onAdd();
    else return;
    e.preventDefault();
  }

  // A mouse selection of the text selects the lines it touches.
  function onMouseUp() {
    const chosen = window.getSelection();
    if (!chosen || chosen.isCollapsed || !list.current) return;
    const lineOf = (node: Node | null) => {
      const el = node instanceof Element ? node : node?.parentElement;
      const line = el?.closest<HTMLElement>('[data-line]');
      return line && list.current?.contains(line) ? Number(line.dataset.line) : null;
    };
    const a = lineOf(chosen.anchorNode);
    const f = lineOf(chosen.focusNode);
    if (a !== null && f !== null) onSelect({ anchor: a, focus: f });
  }

  return (
    <div className="review-source">
      <div className="source-tools">
        <button type="button" className="button button-small" onClick={onAdd} disabled={!range}>
          Add a resolution from the selected lines
        </button>
        <span className="muted" aria-live="polite">
          {range ? (range.from === range.to ? `Line ${range.from + 1} selected` : `Lines ${range.from + 1} to ${range.to + 1} selected`) : 'Select lines to add them as a resolution'}
        </span>
      </div>
      <div
        ref={list}
        className="source-lines"
        role="listbox"
        aria-multiselectable="true"
        aria-label="The minutes as read, line by line"
        aria-describedby="source-help"
        aria-activedescendant={active >= 0 ? `src-${active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseUp={onMouseUp}
      >
        {lines.map((line, i) => {
          const selected = !!range && i >= range.from && i <= range.to;
          const classes = ['src-line'];
          if (lit && i >= lit.from && i <= lit.to) classes.push('src-line-lit');
          if (marked.has(i)) classes.push('src-line-unclaimed');
          if (selected) classes.push('src-line-selected');
          if (i === active) classes.push('src-line-active');
          // PDF pages arrive separated by a form feed: drawn as the page break it is.
          const pageBreak = line.trim() === '\f';
          if (pageBreak) classes.push('src-page-break');
          return (
            <div
              key={i}
              id={`src-${i}`}
              data-line={i}
              role="option"
              aria-selected={selected}
              className={classes.join(' ')}
              onMouseDown={(e) => {
                if (e.shiftKey) e.preventDefault();
              }}
              onClick={(e) => {
                if (window.getSelection()?.isCollapsed === false && !e.shiftKey) return;
                onSelect({ anchor: e.shiftKey && selection ? selection.anchor : i, focus: i });
              }}
            >
              <span className="src-number" aria-hidden="true">
                {i + 1}
              </span>
              <span>
                {pageBreak ? <span className="visually-hidden">Page break</span> : line.trim() === '' ? <span className="visually-hidden">Blank line</span> : line}
                {marked.has(i) && <span className="visually-hidden"> (in no resolution)</span>}
              </span>
            </div>
          );
        })}
      </div>
      <p id="source-help" className="visually-hidden">
        Arrow keys move through the lines, Shift with an arrow selects several, Enter adds the selected lines as a resolution.
      </p>
    </div>
  );
}

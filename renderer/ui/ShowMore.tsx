// Long lists drawn a page at a time: the first rows, and a button that shows the next page and moves the focus to its first row.
import { useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw, growing a page at a time. `focusRow(i)` is called with the
 * first newly shown row after "Show more", so a keyboard user carries on from where the list grew.
 */
export function useShownRows(total: number, page: number, focusRow: (index: number) => void) {
  const [shown, setShown] = useState(page);
  const [grewAt, setGrewAt] = useState<number | null>(null);
  useEffect(() => {
    if (grewAt === null) return;
    focusRow(grewAt);
    setGrewAt(null);
  }, [grewAt, focusRow]);
  return {
    shown: Math.min(shown, total),
    more: () => {
      setGrewAt(shown);
      setShown(shown + page);
    },
  };
}

interface Props {
  shown: number;
  total: number;
  page: number;
  /** What the rows are, for the button's accessible name ("owed by Cllr Smith"). */
  of: string;
  onMore(): void;
  /** Said after the count of rows not shown, when it matters what happens to them. */
  note?: string;
}

export function ShowMore({ shown, total, page, of, onMore, note }: Props) {
  if (shown >= total) return null;
  const hidden = total - shown;
  return (
    <p className="show-more">
      <button type="button" className="button button-small" onClick={onMore}>
        Show {Math.min(page, hidden).toLocaleString('en-GB')} more<span className="visually-hidden"> {of}</span>
      </button>{' '}
      <span className="muted">
        {hidden.toLocaleString('en-GB')} not shown{note ? `: ${note}` : ''}.
      </span>
    </p>
  );
}

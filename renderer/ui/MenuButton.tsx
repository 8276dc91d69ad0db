// A desktop-style menu button ("New ▾"): a button that opens a list of commands, used from the
// keyboard as a menu is (arrows, Home, End, Enter, Escape), each with its shortcut. A command that
// cannot run now stays in the list, greyed, and says why.
import { useEffect, useId, useRef, useState } from 'react';

export interface MenuEntry {
  label: string;
  /** Shown at the right, as desktop menus show accelerators. */
  shortcut?: string;
  run(): void;
  /** Why the command cannot run now; the entry is then shown disabled with this reason. */
  disabledReason?: string | null;
}

interface Props {
  label: string;
  entries: MenuEntry[];
  primary?: boolean;
}

export function MenuButton({ label, entries, primary }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const wrapRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes the menu, as a desktop menu does.
    const onDown = (e: MouseEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function close(focusButton = true) {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  }

  function choose(entry: MenuEntry) {
    if (entry.disabledReason) return;
    // The focus goes back to the menu's button first, so a dialog the command opens returns it there.
    close(true);
    entry.run();
  }

  return (
    <div className="menu-wrap" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(e.key === 'ArrowDown' ? 0 : entries.length - 1);
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={(e) => {
            const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: entries.length - 1 };
            if (e.key in moves) {
              e.preventDefault();
              setActive((moves[e.key]! + entries.length) % entries.length);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              close();
            } else if (e.key === 'Tab') {
              close(false);
            }
          }}
        >
          {entries.map((entry, i) => (
            <button
              key={entry.label}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="menu-item"
              aria-disabled={entry.disabledReason ? true : undefined}
              onClick={() => choose(entry)}
            >
              <span className="menu-item-label">
                {entry.label}
                {entry.disabledReason && <span className="menu-item-reason">{entry.disabledReason}</span>}
              </span>
              {entry.shortcut && <span className="menu-item-shortcut">{entry.shortcut}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

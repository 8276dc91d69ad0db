// A modal that fills the window, for work that needs room (reviewing minutes): native <dialog>, so
// focus stays inside and Escape closes it.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function FullScreenDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog dialog-full"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-full-inner">
        <div className="dialog-full-head">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <button type="button" className="button button-quiet" onClick={onClose} aria-label="Close">
            ✕
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}

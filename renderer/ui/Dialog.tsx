// A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus
// to where it was, which is what keyboard users need.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  /** Called on submit (Enter in a field, or the primary button); the dialog does not close itself. */
  onSubmit?(): void | Promise<void>;
  submitLabel?: string;
  submitDisabled?: boolean;
  children: ReactNode;
  wide?: boolean;
}

export function Dialog({ title, onClose, onSubmit, submitLabel = 'Save', submitDisabled, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    return () => {
      opener?.focus?.();
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!submitDisabled) void onSubmit?.();
  }

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {onSubmit ? 'Cancel' : 'Close'}
          </button>
          {onSubmit && (
            <button type="submit" className="button button-primary" disabled={submitDisabled}>
              {submitLabel}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}

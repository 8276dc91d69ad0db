// The one message line at the foot of the window: what just happened, with Undo where it applies.
import { useEffect } from 'react';
import { useUi } from '../../state/ui';
import { undo } from '../actions';

export function Toasts() {
  const toast = useUi((s) => s.toast);
  const dismiss = useUi((s) => s.dismissToast);
  useEffect(() => {
    if (!toast || toast.tone === 'error') return;
    const timer = window.setTimeout(dismiss, toast.undoable ? 10_000 : 6_000);
    return () => window.clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className="toast-region" role={toast?.tone === 'error' ? 'alert' : 'status'} aria-live={toast?.tone === 'error' ? 'assertive' : 'polite'}>
      {toast && (
        <div className={`toast toast-${toast.tone}`} key={toast.id}>
          <span>{toast.message}</span>
          {toast.undoable && (
            <button type="button" className="button button-small" onClick={() => void undo()}>
              Undo
            </button>
          )}
          <button type="button" className="button button-small button-quiet" onClick={dismiss} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      )}
    </div>
  );
}

// Hands a file dropped on the window to the dialog the drop opened, once, as the dialog first mounts.
import { useEffect, useRef } from 'react';
import { useUi } from './ui';

/** Calls `open` with the dropped file (if a drop opened this dialog) on the first mount only. */
export function useDroppedFile(open: (file: File) => void): void {
  // A ref, not the effect's dependencies: the file is taken once, whatever `open` is by then.
  const took = useRef(false);
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    if (took.current) return;
    took.current = true;
    const dropped = useUi.getState().takeDroppedFile();
    if (dropped) latest.current(dropped);
  }, []);
}

// Dropping a file anywhere on the window opens the import that reads it: a tracker file (.json) or
// a set of minutes (.docx, .pdf, .txt), or a returned response or update form.
import { useEffect } from 'react';
import { useUi } from '../../state/ui';
import { isReturnedForm } from '../forms/recognise';

export function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    function over(e: DragEvent) {
      if (!hasFiles(e)) return;
      // Without this the browser (or Electron) would navigate to the file and leave the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    }
    function drop(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // A returned response or update form (.docx, .xlsx) opens the forms import, not the minutes or tracker import.
      void isReturnedForm(file).then((form) => useUi.getState().dropFile(file, form ? 'import-forms' : undefined));
    }
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

// Tells a returned form from minutes or a tracker spreadsheet when a file is dropped on the window.
import { looksLikeResponseForm } from '../../../shared/index';

/** A .docx or .xlsx named like one of our forms, or holding one; never throws. */
export async function isReturnedForm(file: File): Promise<boolean> {
  if (!/\.(?:docx|xlsx)$/i.test(file.name)) return false;
  if (/\b[RU]F-[0-9A-Z]{4}-[0-9A-Z]{4}\b/i.test(file.name)) return true;
  // A form re-saved under another name is still recognised by what it holds; large files are minutes, not forms.
  if (file.size > 20 * 1024 * 1024) return false;
  try {
    return await looksLikeResponseForm(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return false;
  }
}

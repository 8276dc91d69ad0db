// The officer's own export formats and the council template per committee, kept in settings; and the helpers that turn a built-in document and its wording into a format the officer can change.
import {
  BUILT_IN_FORMATS,
  PORTRAIT_WIDTHS,
  checkFormat,
  type ExportFormat,
  type ExportOrientation,
} from '../../../shared/index';
import { getSetting, setSetting, type ExportDocument, type TrackerDb } from '../../db/index';
import type { ColumnsByDocument } from './preferences';

const FORMATS_KEY = 'export.formats';
export const templateKey = (committeeId: string) => `export.template.${committeeId === '' ? 'all' : committeeId}`;

/** The officer's saved formats, by name; a stored one that no longer checks out is left out rather than break the dialog. */
export async function loadSavedFormats(db: TrackerDb): Promise<ExportFormat[]> {
  const stored = await getSetting<unknown>(db, FORMATS_KEY, []);
  if (!Array.isArray(stored)) return [];
  const formats: ExportFormat[] = [];
  for (const f of stored) {
    try {
      formats.push(checkFormat(f));
    } catch {
      // A damaged entry is skipped; the others still open.
    }
  }
  return formats;
}

/** Saves a format under its name, replacing one of the same name. Returns the new list. */
export async function saveFormat(db: TrackerDb, format: ExportFormat): Promise<ExportFormat[]> {
  const checked = checkFormat(format);
  const list = (await loadSavedFormats(db)).filter((f) => f.name !== checked.name);
  list.push(checked);
  list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  await setSetting(db, FORMATS_KEY, list);
  return list;
}

export async function deleteFormat(db: TrackerDb, name: string): Promise<ExportFormat[]> {
  const list = (await loadSavedFormats(db)).filter((f) => f.name !== name);
  await setSetting(db, FORMATS_KEY, list);
  return list;
}

export interface ChosenTemplate {
  name: string;
  data: Uint8Array;
}

function isTemplate(v: unknown): v is ChosenTemplate {
  return v !== null && typeof v === 'object' && (v as ChosenTemplate).data instanceof Uint8Array && typeof (v as ChosenTemplate).name === 'string';
}

/** The council template remembered for this committee ('' = all committees), or null. */
export async function loadTemplate(db: TrackerDb, committeeId: string): Promise<ChosenTemplate | null> {
  return getSetting<ChosenTemplate | null>(db, templateKey(committeeId), null, (v): v is ChosenTemplate | null => v === null || isTemplate(v));
}

/** Remembers (or, with null, forgets) the committee's template. */
export async function rememberTemplate(db: TrackerDb, committeeId: string, template: ChosenTemplate | null): Promise<void> {
  await setSetting(db, templateKey(committeeId), template ?? undefined);
}

/** A .docx is a zip: it starts "PK". Anything else is refused before it reaches the builder. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
export async function readTemplateFile(file: File): Promise<ChosenTemplate> {
  if (file.size > MAX_TEMPLATE_BYTES) throw new Error(`${file.name} is too large for a template (over 20 MB).`);
  const data = new Uint8Array(await file.arrayBuffer());
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new Error(`${file.name} is not a Word document (.docx). Choose the council's template saved from Word as .docx.`);
  }
  return { name: file.name, data };
}

/** A built-in document as a format, with the officer's headings and the page chosen, to start a new format from. */
export function formatFromDocument(
  document: ExportDocument,
  columns: ColumnsByDocument,
  page: { orientation: ExportOrientation; font: string; fontSize: number; which: ExportFormat['which'] },
): ExportFormat {
  const base = BUILT_IN_FORMATS[document];
  const headings = Object.values(columns[document]) as string[];
  return {
    ...base,
    ...page,
    fontSize: Number.isFinite(page.fontSize) ? page.fontSize : base.fontSize,
    name: `${base.name} (my copy)`,
    columns: base.columns.map((c, i) => ({
      ...c,
      heading: headings[i]?.trim() || c.heading,
      width: page.orientation === 'portrait' ? PORTRAIT_WIDTHS[document][i]! : c.width,
    })),
  };
}

/** The built-in document whose log and version numbers a format's exports share: the one with its layout. */
export function documentOfFormat(format: ExportFormat): ExportDocument {
  return format.grouping === 'headings' ? 'appendix' : format.grouping === 'items' ? 'responses' : 'schedule';
}

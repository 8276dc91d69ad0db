// Fills the council's own Word template through docx's patchDocument: the tables where {{tracker}} stands, the committee, period, version, date and author where typed; the rest of the template kept as it was.
import { Paragraph, PatchType, TextRun, patchDetector, patchDocument, type FileChild } from 'docx';
import { formatLongDate } from '../dates/format';
import { readDocxParts } from '../documents/docxPackage';
import { readStyles } from '../documents/docxNumbering';
import { BULLET_NUMBERING, cleanText } from './table';

export const TEMPLATE_PLACEHOLDERS = ['tracker', 'committee', 'period', 'version', 'date', 'author'] as const;

const NOT_A_TEMPLATE =
  'The template is not a Word document (.docx) that can be opened. Choose the .docx file your council uses for appendices, saved from Word.';

export interface TemplateContent {
  children: FileChild[];
  values: { committee: string; period: string; version: string; date: string; author: string };
  title: string;
  description: string;
  author: string;
  version: number;
}

/** Which of the placeholders the template holds; throws a plain-English error for a file that is not a usable template. */
export async function templatePlaceholders(template: Uint8Array): Promise<string[]> {
  try {
    await readDocxParts(template);
  } catch {
    throw new Error(NOT_A_TEMPLATE);
  }
  const found = await patchDetector({ data: template, trimPlaceholders: true });
  return TEMPLATE_PLACEHOLDERS.filter((p) => found.includes(p));
}

/**
 * Headings the template has no style for would print as plain text: they get the engine's own
 * look (bold, larger) on the run, so the document still reads as headed. A template that defines
 * Heading 1–3 keeps its own.
 */
function withHeadingLooks(children: FileChild[], missing: Set<string>): FileChild[] {
  if (missing.size === 0) return children;
  return children.map((child) => {
    if (!(child instanceof Paragraph)) return child;
    const style = HEADING_OF.get(child);
    if (style === undefined || !missing.has(style.id)) return child;
    return new Paragraph({
      style: style.id,
      keepNext: true,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text: style.text, bold: true, size: style.size })],
    });
  });
}

/** The engine's headings, remembered as they are made so a template without heading styles can be given their look. */
const HEADING_OF = new WeakMap<Paragraph, { id: string; text: string; size: number }>();
export function rememberHeading(p: Paragraph, id: string, text: string, size: number): Paragraph {
  HEADING_OF.set(p, { id, text, size });
  return p;
}

export async function patchTemplate(template: Uint8Array, content: TemplateContent): Promise<Uint8Array> {
  let parts;
  try {
    parts = await readDocxParts(template);
  } catch {
    throw new Error(NOT_A_TEMPLATE);
  }
  const found = await patchDetector({ data: template, trimPlaceholders: true });
  if (!found.includes('tracker')) {
    throw new Error(
      'The template has no {{tracker}} in it. Type {{tracker}} on a line of its own where the tables should go, save the template and choose it again.',
    );
  }
  const styles = readStyles(parts.styles);
  const missing = new Set(['Heading1', 'Heading2', 'Heading3'].filter((id) => !styles.byId.has(id)));
  const text = (value: string) => ({ type: PatchType.PARAGRAPH, children: [new TextRun(cleanText(value))] });
  const { values } = content;
  const bytes = await patchDocument({
    outputType: 'uint8array',
    data: template,
    trimPlaceholders: true,
    keepOriginalStyles: true,
    numbering: BULLET_NUMBERING,
    patches: {
      tracker: { type: PatchType.DOCUMENT, children: withHeadingLooks(content.children, missing) },
      committee: text(values.committee),
      period: text(values.period),
      version: text(values.version),
      date: text(values.date === '' ? '' : formatLongDate(values.date)),
      author: text(values.author),
    },
    properties: {
      title: cleanText(content.title),
      description: cleanText(content.description),
      lastModifiedBy: cleanText(content.author) || 'Scrutiny Tracker',
      revision: content.version,
    },
  });
  return bytes;
}

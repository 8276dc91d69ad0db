// Fills the council's own Word template through docx's patchDocument: the tables where {{tracker}} stands, the committee, period, version, date and author where typed; the rest of the template kept as it was.
import { PatchType, TextRun, patchDetector, patchDocument, type FileChild } from 'docx';
import { formatLongDate } from '../dates/format';
import { readDocxParts } from '../documents/docxPackage';
import { readStyles } from '../documents/docxNumbering';
import { child, descendants, type XmlElement } from '../documents/xml';
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

/** The ids of the template's paragraph styles, so the tables name only styles it has. */
export async function templateStyleIds(template: Uint8Array): Promise<Set<string>> {
  try {
    return new Set(readStyles((await readDocxParts(template)).styles).byId.keys());
  } catch {
    throw new Error(NOT_A_TEMPLATE);
  }
}

/** The room the template's last section leaves for text, in twips: the tables are made to fit its page, not ours. */
export interface TemplatePage {
  textWidth: number;
  bodyHeight: number;
}

function pageOf(document: XmlElement): TemplatePage | null {
  const sections = descendants(document, 'w:sectPr');
  const last = sections[sections.length - 1];
  const size = child(last, 'w:pgSz');
  const margins = child(last, 'w:pgMar');
  const n = (el: XmlElement | undefined, name: string, fallback: number) => {
    const v = Number(el?.attrs[name]);
    return Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  if (!size) return null;
  const width = n(size, 'w:w', 11906);
  const height = n(size, 'w:h', 16838);
  const textWidth = width - n(margins, 'w:left', 1440) - n(margins, 'w:right', 1440);
  const bodyHeight = height - n(margins, 'w:top', 1440) - n(margins, 'w:bottom', 1440) - 700;
  return textWidth > 1000 && bodyHeight > 1000 ? { textWidth, bodyHeight } : null;
}

/** The template's page, or null where it says none (Word then uses its own default, A4 or Letter portrait). */
export async function templatePage(template: Uint8Array): Promise<TemplatePage | null> {
  try {
    return pageOf((await readDocxParts(template)).document);
  } catch {
    throw new Error(NOT_A_TEMPLATE);
  }
}

export async function patchTemplate(template: Uint8Array, content: TemplateContent): Promise<Uint8Array> {
  try {
    await readDocxParts(template);
  } catch {
    throw new Error(NOT_A_TEMPLATE);
  }
  const found = await patchDetector({ data: template, trimPlaceholders: true });
  if (!found.includes('tracker')) {
    throw new Error(
      'The template has no {{tracker}} in it. Type {{tracker}} on a line of its own where the tables should go, save the template and choose it again.',
    );
  }
  const text = (value: string) => ({ type: PatchType.PARAGRAPH, children: [new TextRun(cleanText(value))] });
  const { values } = content;
  const bytes = await patchDocument({
    outputType: 'uint8array',
    data: template,
    trimPlaceholders: true,
    keepOriginalStyles: true,
    numbering: BULLET_NUMBERING,
    patches: {
      tracker: { type: PatchType.DOCUMENT, children: content.children },
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

// The one Word document engine: a format (columns, grouping, order, page) and a selection in, the title, headings and tables out, packed alone or into the council's template.
import { countOf } from '../model/counts';
import { Paragraph, TableRow, TextRun, type FileChild, type TableCell } from 'docx';
import type { DeadlineRule } from '../clock/responseDueDate';
import { STATUS_LABELS } from '../model/labels';
import type { ImplementationStatus, Outcome, Recommendation, Tracker } from '../model/types';
import { committeeName, emptyMessage, heading, labelPrefix, meetingLabel, periodOf } from './common';
import { packDocument } from './document';
import { fieldValue, updateLine, type FieldContext } from './fields';
import { checkFormat, type ExportFormat, type FormatColumn, type FormatField } from './format';
import {
  resolveCommonOptions,
  resolveStatusLabels,
  type CommonExportOptions,
  type ExportScope,
  type ResolvedCommonOptions,
} from './options';
import { bodyHeight } from './page';
import { selectForExport, type ExportSelection, type SelectedItem, type SelectedMeeting } from './select';
import { patchTemplate, templatePage, templateStyleIds, type TemplatePage } from './template';
import { bodyRow, cell, cleanText, columnWidths, hasStyle, headingRow, roughRowHeight, table, textParagraphs, withTemplateStyles } from './table';

/** Space between one recommendation (or response) and the next in a shared cell. */
const ENTRY_GAP = 160;

/** The options of an export in a format: scope, footer and page furniture; the format says the rest. */
export interface FormatExportOptions extends ExportScope, Omit<CommonExportOptions, 'which' | 'includeProcedural' | 'orientation' | 'font' | 'fontSize'> {
  /** The N of "Appendix N" where the title has {number}; '' leaves "Appendix" out. Default '1'. */
  appendixNumber?: string | number;
  /** The period under the title. Default: from the dates chosen or the meetings shown, where the format prints one. */
  period?: string;
  /** The council's own Word template (see ../shared/API.md). */
  template?: Uint8Array | null;
  /** The council's deadline rule, for a "Response due" column. Default two calendar months. */
  deadlineRule?: DeadlineRule;
}

/** Everything the engine needs, checked. */
export interface EngineInput {
  format: ExportFormat;
  common: ResolvedCommonOptions;
  statusLabels: Record<ImplementationStatus, string>;
  appendixNumber: string;
  period: string | undefined;
  template: Uint8Array | null;
  rule: DeadlineRule | undefined;
  scope: ExportScope;
}

function titleOf(format: ExportFormat, committee: string, appendixNumber: string): string {
  let title = format.title;
  title = appendixNumber === '' ? title.replace(/Appendix\s*\{number\}\s*/g, '').replace(/\{number\}\s*/g, '') : title.replace(/\{number\}/g, appendixNumber);
  return title.replace(/\{committee\}/g, committee).replace(/\s+/g, ' ').trim();
}

/** Room for a short heading such as "Rec." in bold, with the cell's margins, in twips. */
const NARROWEST = 760;

/**
 * Widths as the format gives them, scaled to the text width (of the template's page, where there is
 * one). A column scaled below the narrowest a heading fits in takes the room from the widest.
 */
function widthsOf(columns: readonly FormatColumn[], orientation: 'landscape' | 'portrait', page: TemplatePage | null): number[] {
  const total = columns.reduce((a, c) => a + c.width, 0);
  let widths: number[];
  if (page === null) widths = columnWidths(columns.map((c) => (c.width * 100) / total), orientation);
  else {
    widths = columns.map((c) => Math.floor((page.textWidth * c.width) / total));
    widths[widths.length - 1] = page.textWidth - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  }
  for (let i = 0; i < widths.length; i++) {
    const short = NARROWEST - widths[i]!;
    if (short <= 0) continue;
    const widest = widths.indexOf(Math.max(...widths));
    if (widest === i || widths[widest]! - short < NARROWEST) continue;
    widths[widest] = widths[widest]! - short;
    widths[i] = NARROWEST;
  }
  return widths;
}

/** Meetings newest first where the format says so; the selection is oldest first. */
function orderedMeetings(selection: ExportSelection, format: ExportFormat): SelectedMeeting[] {
  return format.order === 'meeting-newest' ? [...selection.meetings].reverse() : selection.meetings;
}

interface Context extends FieldContext {
  format: ExportFormat;
  selection: ExportSelection;
  widths: number[];
  fontSize: number;
  /**
   * Half the page: a row taller than this may break across pages. Moved whole, it could leave most of
   * a page blank, and one taller than the page Word would clip at the bottom margin.
   */
  tallRow: number;
  /** The label goes in front of the text where no column prints it. */
  labelInText: boolean;
  /** Per column, a length of text that surely fits within tallRow (see keepsWhole). */
  shortChars: number[];
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** A row is kept whole only where it fits comfortably on a page (Word clips a can't-split row taller than the page). */
function keepsWhole(ctx: Context, texts: string[]): boolean {
  // Most rows are a few lines: a cell of up to `shortChars` characters and 3 line breaks cannot reach
  // the limit (each paragraph adds at most one part-line), so the estimate is spared for them.
  if (texts.every((t, c) => t.length <= ctx.shortChars[c]! && lineBreaks(t) <= 3)) return true;
  return roughRowHeight(texts.map((t, i) => ({ paragraphs: [t], width: ctx.widths[i]! })), ctx.fontSize) < ctx.tallRow;
}

function groupText(field: FormatField, m: SelectedMeeting, item: SelectedItem['item'], ctx: Context): string | null {
  if (field === 'meeting') return meetingLabel(m, ctx.selection);
  if (field === 'item') return item.title;
  if (field === 'itemNumber') return item.number;
  return null;
}

/** One recommendation's cells, with the text each holds (for the height estimate). */
function recommendationCells(
  m: SelectedMeeting,
  { item, recommendations }: SelectedItem,
  r: Recommendation,
  index: number,
  firstOfMeeting: boolean,
  ctx: Context,
): { cells: TableCell[]; texts: string[] } {
  const merged = ctx.format.grouping === 'merged';
  const sharedStatus = merged && recommendations.every((x) => x.status === recommendations[0]!.status);
  const texts: string[] = [];
  const cells = ctx.format.columns.map((column, c) => {
    const width = ctx.widths[c]!;
    const group = groupText(column.field, m, item, ctx);
    if (group !== null) {
      if (!merged) {
        texts.push(group);
        return cell(textParagraphs(group), { width });
      }
      const first = column.field === 'meeting' ? firstOfMeeting : index === 0;
      texts.push(first ? group : '');
      return cell(first ? textParagraphs(group) : [], { width, merge: first ? 'restart' : 'continue' });
    }
    const value = fieldValue(column.field, r, ctx);
    if (column.field === 'status' && sharedStatus) {
      texts.push(index === 0 ? value : '');
      return cell(index === 0 ? textParagraphs(value) : [], { width, merge: index === 0 ? 'restart' : 'continue' });
    }
    const prefix = column.field === 'text' && ctx.labelInText ? labelPrefix(r.label) : '';
    texts.push(prefix + value);
    return cell(textParagraphs(value, { prefix }), { width });
  });
  return { cells, texts };
}

interface Entry {
  label: string;
  text: string;
}

/**
 * An item's values of one field, for a cell that holds all its recommendations (seed 001). Text is
 * labelled always (where labels are printed). An answer that stands the same against every
 * recommendation is printed once; otherwise each is labelled with its recommendation's label, so
 * nobody (and no reader) has to guess which answer goes with which.
 */
function itemEntries(field: FormatField, recommendations: Recommendation[], ctx: Context): Entry[] {
  if (field === 'text') return recommendations.map((r) => ({ label: r.label, text: r.text }));
  const single = field === 'responseAndUpdates' ? 'response' : field;
  const values = recommendations.map((r) => fieldValue(single, r, ctx).trim());
  const entries: Entry[] = [];
  const shared = recommendations.length > 1 && values[0] !== '' && values.every((v) => v === values[0]);
  if (recommendations.length === 1 || shared) {
    if (values[0] !== '') entries.push({ label: '', text: values[0]! });
  } else {
    // Unlabelled recommendations cannot be told apart by label: the same words in a run are printed once, as before.
    recommendations.forEach((r, i) => {
      if (values[i] === '') return;
      if (r.label === '' && entries.length > 0 && entries[entries.length - 1]!.text === values[i]) return;
      entries.push({ label: r.label, text: values[i]! });
    });
  }
  if (field === 'responseAndUpdates' && ctx.includeUpdates) {
    for (const r of recommendations) {
      for (const u of ctx.updates.get(r.id) ?? []) {
        entries.push({ label: recommendations.length > 1 ? r.label : '', text: updateLine(u) });
      }
    }
  }
  return entries;
}

function entryParagraphs(entries: Entry[]): Paragraph[] {
  return entries.flatMap((e, index) =>
    textParagraphs(e.text, { prefix: labelPrefix(e.label), spaceAfter: index === entries.length - 1 ? undefined : ENTRY_GAP }),
  );
}

function headings(ctx: Context): string[] {
  return ctx.format.columns.map((c) => c.heading);
}

/** Seed 000: a heading per meeting and item, a table per item. */
function byHeadings(ctx: Context, children: FileChild[]): void {
  for (const m of orderedMeetings(ctx.selection, ctx.format)) {
    children.push(heading(meetingLabel(m, ctx.selection), 2));
    for (const group of m.items) {
      children.push(heading(group.item.title === '' ? 'Untitled item' : group.item.title, 3));
      const rows = [headingRow(headings(ctx), ctx.widths)];
      group.recommendations.forEach((r, index) => {
        const { cells, texts } = recommendationCells(m, group, r, index, false, ctx);
        rows.push(bodyRow(cells, keepsWhole(ctx, texts)));
      });
      children.push(table(rows, ctx.widths));
    }
  }
}

/** Seeds 003 and the plain one-table layout. A date order lists the recommendations by that date instead. */
function oneTable(ctx: Context, children: FileChild[]): void {
  const rows = [headingRow(headings(ctx), ctx.widths)];
  const byDate = ctx.format.order === 'due-date' || ctx.format.order === 'target-date';
  if (byDate && ctx.format.grouping === 'rows') {
    const all = orderedMeetings(ctx.selection, ctx.format).flatMap((m) =>
      m.items.flatMap((group) => group.recommendations.map((r) => ({ m, group, r }))),
    );
    const key = (r: Recommendation) => (ctx.format.order === 'target-date' ? r.targetDate : r.receivedDate) || '9999';
    all.sort((a, b) => (key(a.r) < key(b.r) ? -1 : key(a.r) > key(b.r) ? 1 : 0));
    for (const { m, group, r } of all) {
      const { cells, texts } = recommendationCells(m, { item: group.item, recommendations: [r] }, r, 0, true, ctx);
      rows.push(bodyRow(cells, keepsWhole(ctx, texts)));
    }
  } else {
    for (const m of orderedMeetings(ctx.selection, ctx.format)) {
      let firstOfMeeting = true;
      for (const group of m.items) {
        group.recommendations.forEach((r, index) => {
          const { cells, texts } = recommendationCells(m, group, r, index, firstOfMeeting, ctx);
          rows.push(bodyRow(cells, keepsWhole(ctx, texts)));
          firstOfMeeting = false;
        });
      }
    }
  }
  children.push(table(rows, ctx.widths));
}

/** Seed 001: per meeting a table opened by its date, a row per agenda item. */
function byItems(ctx: Context, children: FileChild[]): void {
  const total = ctx.widths.reduce((a, b) => a + b, 0);
  orderedMeetings(ctx.selection, ctx.format).forEach((m, index) => {
    // Seed 001 prints the date as the table's first row; repeating it with the headings tells a
    // reader which meeting a continued table belongs to. It is a Heading 2 for navigation.
    const dateRow = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(
          [
            hasStyle('Heading2')
              ? new Paragraph({ style: 'Heading2', keepNext: true, spacing: { before: 0, after: 0 }, children: [new TextRun(cleanText(meetingLabel(m, ctx.selection)))] })
              : new Paragraph({ keepNext: true, outlineLevel: 1, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: cleanText(meetingLabel(m, ctx.selection)), bold: true })] }),
          ],
          { width: total, columnSpan: ctx.widths.length },
        ),
      ],
    });
    const rows = [dateRow, headingRow(headings(ctx), ctx.widths)];
    for (const group of m.items) {
      const texts: string[] = [];
      const cells = ctx.format.columns.map((column, c) => {
        const width = ctx.widths[c]!;
        const own = groupText(column.field, m, group.item, ctx);
        if (own !== null) {
          texts.push(own);
          return cell(textParagraphs(own), { width });
        }
        const entries = itemEntries(column.field, group.recommendations, ctx);
        texts.push(entries.map((e) => labelPrefix(e.label) + e.text).join('\n'));
        return cell(entryParagraphs(entries), { width });
      });
      rows.push(bodyRow(cells, keepsWhole(ctx, texts)));
    }
    // Two tables with nothing between them would run together into one in Word.
    if (index > 0) children.push(new Paragraph({ children: [] }));
    children.push(table(rows, ctx.widths));
  });
}

/** The title, period and tables of a format: what goes in the document body, or in place of {{tracker}}. */
export function formatBody(tracker: Tracker, input: EngineInput, page: TemplatePage | null = null): { children: FileChild[]; title: string; period: string; description: string; committee: string } {
  const { format, common } = input;
  const selection = selectForExport(tracker, { ...input.scope, which: format.which, includeProcedural: format.includeProcedural });
  const committee = committeeName(tracker, selection);
  const title = common.title ?? titleOf(format, committee, input.appendixNumber);
  const period = input.period !== undefined ? input.period.trim() : format.showPeriod ? periodOf(selection) : '';
  const widths = widthsOf(format.columns, format.orientation, page);
  const tallRow = (page?.bodyHeight ?? bodyHeight(format.orientation)) / 2;
  // The most lines of table text tallRow holds, by roughRowHeight's own measure.
  const maxLines = Math.floor((tallRow - 114) / (format.fontSize * 20 * 1.15 + 60));
  const ctx: Context = {
    format,
    selection,
    widths,
    fontSize: format.fontSize,
    tallRow,
    shortChars: widths.map((w) => Math.max(0, Math.floor((w - 216) / (format.fontSize * 20 * 0.46)) * (maxLines - 5))),
    labelInText: !format.columns.some((c) => c.field === 'label'),
    statusLabels: input.statusLabels,
    outcomeLabels: common.outcomeLabels,
    updates: selection.updates,
    includeUpdates: format.includeUpdates,
    rule: input.rule,
  };
  const children: FileChild[] = [heading(title, 1)];
  if (period !== '') {
    children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: cleanText(period), bold: true, size: Math.round(format.fontSize * 2) + 4 })] }));
  }
  if (selection.meetings.length === 0) children.push(emptyMessage(format.which));
  else if (format.grouping === 'headings') byHeadings(ctx, children);
  else if (format.grouping === 'items') byItems(ctx, children);
  else oneTable(ctx, children);
  // "1 recommendation from 1 meeting": the document properties count as every sentence does.
  const description = `${countOf(selection.recommendationCount, 'recommendation')} from ${countOf(selection.meetings.length, 'meeting')}`;
  return { children, title, period, description, committee };
}

/** Builds the document: on its own (header, footer, marking) or inside the council's template. */
export async function runEngine(tracker: Tracker, input: EngineInput): Promise<Uint8Array> {
  // In a template the page is the template's (orientation, size and margins are the council's).
  const page = input.template ? await templatePage(input.template) : null;
  const styles = input.template ? await templateStyleIds(input.template) : null;
  const body = withTemplateStyles(styles, () =>
    formatBody(tracker, input, input.template ? (page ?? { textWidth: 11906 - 2880, bodyHeight: 16838 - 2880 - 700 }) : null),
  );
  const documentTitle = body.period === '' ? body.title : `${body.title}, ${body.period}`;
  if (input.template) {
    return patchTemplate(input.template, {
      children: body.children,
      values: {
        committee: body.committee,
        period: body.period,
        version: String(input.common.version),
        date: input.common.date,
        author: input.common.author,
      },
      title: documentTitle,
      description: body.description,
      author: input.common.author,
      version: input.common.version,
    });
  }
  return packDocument(input.common, { title: documentTitle, description: body.description, children: body.children });
}

function textOrNumber(name: string, value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`The ${name} should be a number or short text, for example 1 or "B".`);
  return String(value).trim();
}

function checkTemplate(value: unknown): Uint8Array | null {
  if (value === undefined || value === null) return null;
  if (!(value instanceof Uint8Array) || value.length === 0) throw new Error('The template should be the contents of a Word (.docx) file.');
  return value;
}

/** Checks the options that every format export shares and the format's own wording, and fills in the defaults. */
export function engineInput(
  format: ExportFormat,
  options: FormatExportOptions & { statusLabels?: Partial<Record<ImplementationStatus, string>>; outcomeLabels?: Partial<Record<Outcome | '', string>> },
): EngineInput {
  const common = resolveCommonOptions({
    ...options,
    which: format.which,
    includeProcedural: format.includeProcedural,
    orientation: format.orientation,
    font: format.font,
    fontSize: format.fontSize,
    outcomeLabels: { ...format.outcomeLabels, ...options.outcomeLabels },
  });
  if (options.period !== undefined && options.period !== null && typeof options.period !== 'string') {
    throw new Error('The period should be text, for example "September 2023 — March 2025".');
  }
  const statusDefaults = { ...STATUS_LABELS, ...format.statusLabels } as Record<ImplementationStatus, string>;
  return {
    format,
    common,
    statusLabels: resolveStatusLabels(options.statusLabels, statusDefaults),
    appendixNumber: textOrNumber('appendix number', options.appendixNumber, '1'),
    period: options.period ?? undefined,
    template: checkTemplate(options.template),
    rule: options.deadlineRule,
    scope: { committee: options.committee, from: options.from, to: options.to },
  };
}

/**
 * A Word document in any format: the built-in ones (see format.ts) or one the officer made.
 * Throws a plain-English error for a format or option that is not right.
 */
export async function buildFormatDocx(
  tracker: Tracker,
  format: ExportFormat,
  options: FormatExportOptions & { statusLabels?: Partial<Record<ImplementationStatus, string>> } = {},
): Promise<Uint8Array> {
  return runEngine(tracker, engineInput(checkFormat(format), options));
}


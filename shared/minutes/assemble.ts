// Walks the paragraphs once: item headings open items, markers open resolution blocks, and each block's
// resolutions are classified and filed under the item they were resolved in.
import type { ParsedMinutesItem } from './types';
import type { Para } from './paragraphs';
import { detectMarker, type Marker } from './markers';
import { headingScore, headingShape, isCaps, numberParts, tidyTitle, type ItemContext } from './items';
import { nextValue } from './labels';
import { Block, type RawResolution } from './resolutions';
import { classify } from './classify';

interface Heading {
  number: string;
  title: string;
  /** Paragraphs the heading spans: 2 when the number stood on its own line above the title. */
  span: number;
}

// Lines in capitals that are not headings even in minutes whose headings carry no numbers.
const NOT_A_HEADING = /^(?:present|also\s+present|members?\s+present|officers?(?:\s+present)?|in\s+attendance|chair(?:man|person|woman)?|vice-chair\w*|councillors?|apologies\s+for\s+absence\s+were|minutes|agenda)$/i;

/** In minutes that number no items, a short line in capitals standing alone is the heading. */
function unnumberedHeadingAt(paras: readonly Para[], i: number, committee: string | null): Heading | null {
  const p = paras[i];
  if (!p || p.table || p.label || p.bullet || !p.blankBefore) return null;
  const title = p.text.trim();
  if (!isCaps(title) || title.length > 100 || title.split(/\s+/).length > 14 || /[.:;,]$/.test(title)) return null;
  if (NOT_A_HEADING.test(title) || detectMarker(title) !== null) return null;
  // The committee's own name printed as a title above the minutes.
  if (committee !== null && title.toLowerCase() === committee.toLowerCase()) return null;
  if (!(paras[i + 1]?.blankBefore ?? true)) return null;
  return { number: '', title, span: 1 };
}

function headingAt(paras: readonly Para[], i: number, ctx: ItemContext, block: Block | null, unnumbered: false | { committee: string | null }): Heading | null {
  const p = paras[i];
  if (!p || p.table) return null;
  if (unnumbered) return unnumberedHeadingAt(paras, i, unnumbered.committee);
  const shape = headingShape(p.head);
  if (!shape) return null;
  let title = shape.title;
  let web = shape.web;
  let span = 1;
  if (shape.bare) {
    const next = paras[i + 1];
    if (!next || next.table || next.label || next.bullet) return null;
    const tidy = tidyTitle(next.head);
    title = tidy.title;
    web = tidy.web;
    span = 2;
  }
  // Inside a numbered list of resolutions, "3." after "2." is the list's next item, not a heading,
  // unless it is printed like one (capitals, "Item 3", a web page's file note) or reads very like one.
  const top = block?.lastLabel;
  const listNext = !!top && !!p.label && top.kind === p.label.kind && top.wrap === p.label.wrap && nextValue(top.value, top.kind) === p.label.value;
  const plainLooking = listNext && !isCaps(title) && !shape.explicit && !web;
  const blankAfter = paras[i + span]?.blankBefore ?? true;
  const score = headingScore(shape.number, title, { explicit: shape.explicit, web }, ctx, blankAfter);
  return score >= (plainLooking ? 6 : 3) ? { number: shape.number, title, span } : null;
}

/** The marker a paragraph opens with; numbered discussion points and other labelled text open none. */
function markerOf(p: Para): Marker | null {
  if (p.table) return null;
  if (p.label?.kind === 'rec') return { kind: 'recommendations', strong: true, rest: '' };
  if (p.label) return null;
  return detectMarker(p.text);
}

interface OpenItem {
  item: ParsedMinutesItem;
  strong: RawResolution[];
  weak: RawResolution[];
}

export function assemble(paras: readonly Para[], committee: string | null = null): ParsedMinutesItem[] {
  const numbered = walk(paras, false);
  // Minutes that number none of their items: read their headings from lines in capitals instead.
  if (numbered.some((i) => i.number !== null) || !numbered.some((i) => i.resolutions.length > 0)) return numbered;
  const unnumbered = walk(paras, { committee });
  return unnumbered.some((i) => i.title !== null) ? unnumbered : numbered;
}

function walk(paras: readonly Para[], unnumbered: false | { committee: string | null }): ParsedMinutesItem[] {
  const items: OpenItem[] = [];
  const ctx: ItemContext = { lastNumber: null, headings: 0, allCaps: true };
  let block: Block | null = null;

  const current = (): OpenItem => {
    let open = items[items.length - 1];
    if (!open) {
      // Resolutions printed before any heading still need an item to sit under.
      open = { item: { number: null, title: null, resolutions: [] }, strong: [], weak: [] };
      items.push(open);
    }
    return open;
  };
  const close = (): void => {
    if (!block) return;
    const found = block.finish();
    if (found.length > 0) {
      const open = current();
      (block.marker.strong ? open.strong : open.weak).push(...found);
    }
    block = null;
  };

  for (let i = 0; i < paras.length; i++) {
    let p = paras[i]!;
    const heading = headingAt(paras, i, ctx, block, unnumbered);
    if (heading) {
      close();
      items.push({ item: { number: heading.number || null, title: heading.title || null, resolutions: [] }, strong: [], weak: [] });
      if (heading.number !== '') ctx.lastNumber = numberParts(heading.number);
      ctx.headings += 1;
      ctx.allCaps = ctx.allCaps && isCaps(heading.title);
      i += heading.span - 1;
      continue;
    }
    if (p.table) {
      close();
      continue;
    }
    // A bare number that is no heading is a page number left in the text: the paragraph reads on past it.
    if (!p.label && headingShape(p.head)?.bare) continue;
    if (p.text === '') {
      // A label alone on its line ("(a)" above its words, as PDFs print it) takes the next paragraph as its words.
      const next = paras[i + 1];
      if (!p.label || !next || next.label || next.table) continue;
      p = { ...next, label: p.label, bullet: false, indent: p.indent, blankBefore: p.blankBefore };
      i += 1;
    }
    if (block) {
      const marker = markerOf(p);
      if (marker?.strong && p.label?.kind !== 'rec') {
        close();
        block = new Block(marker);
        continue;
      }
      if (block.feed(p)) continue;
      close();
    }
    const marker = markerOf(p);
    if (!marker) continue;
    block = new Block(marker);
    if (p.label?.kind === 'rec') block.feed(p);
  }
  close();

  return items.map(({ item, strong, weak }) => {
    // Where formal resolutions exist, the narrative "agreed that" sentences only repeat them.
    const chosen = strong.length > 0 ? strong : weak;
    item.resolutions = chosen.map((raw) => ({ label: raw.label, text: raw.text, ...classify(raw, item.title) }));
    return item;
  });
}

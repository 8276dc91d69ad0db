// Splits a cell that holds several recommendations (or responses) into one entry each, as seed
// 001's responses tracker prints an item's recommendations together in one cell.
import type { DocParagraph } from './docxBody';

export interface Entry {
  /** The label printed before it ("1) ", "(a) "), without brackets; '' where none is printed. */
  label: string;
  text: string;
}

const LABELLED = /^\s*(?:\(([0-9]{1,3}|[a-z]{1,2}|[ivx]{1,5})\)|([0-9]{1,3}|[a-z]{1,2}|[ivx]{1,5})\)|([0-9]{1,3}|[a-z])\.)\s+(?=\S)/i;

/** The label printed at the start of an entry, and the words after it. */
export function splitLabel(text: string): Entry {
  const m = LABELLED.exec(text);
  if (!m) return { label: '', text: text.trim() };
  return { label: m[1] ?? m[2] ?? m[3] ?? '', text: text.slice(m[0].length).trim() };
}

/** A line that carries on the one before it: a bullet, or words that start in lower case. */
const CONTINUES = /^\s*(?:[•·▪◦‣●○■□–—*-]\s|[a-z])/;
/** A lead-in ("… recommends:") whose list follows in the next paragraphs. */
const LEAD_IN = /:\s*$/;
/** A list line that says more of the list follows (";", ", and", "; or"). */
const LIST_GOES_ON = /(?:[;,]|\b(?:and|or))\s*$/i;

function joinGroups(groups: DocParagraph[][]): string[] {
  return groups.map((g) => g.map((p) => p.text.trim()).join('\n')).filter((t) => t !== '');
}

/**
 * The entries of a cell, by the first sign the cell gives: blank paragraphs between them; labels
 * ("1) ", "(a) ") that start each; more space after the last paragraph of each than inside one
 * (the app's own Word export writes that); otherwise one paragraph each, the lines of a lead-in's
 * list ("… recommends:" then its points) kept with it.
 */
export function splitEntries(paragraphs: ReadonlyArray<DocParagraph>): Entry[] {
  const trimmed = [...paragraphs];
  while (trimmed.length > 0 && trimmed[0]!.text.trim() === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.text.trim() === '') trimmed.pop();
  if (trimmed.length === 0) return [];

  let groups: DocParagraph[][];
  if (trimmed.some((p) => p.text.trim() === '')) {
    groups = [[]];
    for (const p of trimmed) {
      if (p.text.trim() === '') {
        if (groups[groups.length - 1]!.length > 0) groups.push([]);
      } else groups[groups.length - 1]!.push(p);
    }
  } else if (LABELLED.test(trimmed[0]!.text) && trimmed.filter((p) => LABELLED.test(p.text)).length >= 2) {
    groups = [];
    for (const p of trimmed) {
      if (LABELLED.test(p.text) || groups.length === 0) groups.push([p]);
      else groups[groups.length - 1]!.push(p);
    }
  } else {
    const gaps = trimmed.slice(0, -1).map((p) => p.gapAfter ?? 0);
    const widest = Math.max(0, ...gaps);
    if (gaps.length > 0 && gaps.some((g) => g < widest)) {
      groups = [[]];
      trimmed.forEach((p, i) => {
        groups[groups.length - 1]!.push(p);
        if (i < gaps.length && gaps[i] === widest) groups.push([]);
      });
    } else {
      groups = [];
      let inList = false;
      for (const p of trimmed) {
        const previous = groups[groups.length - 1];
        const last = previous?.[previous.length - 1]?.text.trim() ?? '';
        const joins = previous !== undefined && (LEAD_IN.test(last) || (inList && (LIST_GOES_ON.test(last) || CONTINUES.test(p.text))));
        if (joins) {
          previous.push(p);
          inList = true;
        } else {
          groups.push([p]);
          inList = LEAD_IN.test(p.text.trim());
        }
      }
    }
  }
  return joinGroups(groups).map(splitLabel);
}

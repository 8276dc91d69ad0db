// Word's automatic numbering: reads numbering.xml and the styles that carry numbering, and counts
// list paragraphs in document order to give each the label Word shows ("a)", "(i)", "2.1", "•").
// The labels are not in the document's text at all, so without this a list would lose them.
import { child, elements, type XmlElement } from './xml';

interface LevelDef {
  start: number;
  format: string;
  /** The label pattern, e.g. "%1)" or "%1.%2"; null when the level gives none. */
  text: string | null;
  /** w:lvlRestart: 0 = never restart; n = restart when level n (1-based) or a shallower one is used; null = the default. */
  restart: number | null;
  /** w:isLgl: every level's number shown as a plain decimal ("legal" numbering). */
  legal: boolean;
  /** The paragraph style bound to this level, if any. */
  style: string | null;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  /** w:numStyleLink: the levels live in the abstractNum that the named numbering style uses. */
  numStyleLink: string | null;
}

interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, LevelDef>;
}

export interface StyleInfo {
  basedOn: string | null;
  name: string;
  numId: string | null;
  ilvl: number | null;
  outlineLevel: number | null;
}

/** The paragraph styles of styles.xml, by style id, and the default paragraph style. */
export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph: string | null;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

function intOr<T>(text: string | undefined, fallback: T): number | T {
  if (text === undefined) return fallback;
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** True for an on/off property that is on: <w:b/>, <w:b w:val="1"/>, but not w:val="0" or "false". */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = val(el);
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

function readLevel(lvl: XmlElement): LevelDef {
  const restart = child(lvl, 'w:lvlRestart');
  return {
    start: intOr(val(child(lvl, 'w:start')), 1),
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? null,
    restart: restart ? intOr(val(restart), null) : null,
    legal: isOn(child(lvl, 'w:isLgl')),
    style: val(child(lvl, 'w:pStyle')) ?? null,
  };
}

export function readStyles(root: XmlElement | null): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | null = null;
  const stylesEl = root ? child(root, 'w:styles') : undefined;
  for (const style of stylesEl ? elements(stylesEl) : []) {
    if (style.name !== 'w:style') continue;
    const type = style.attrs['w:type'] ?? 'paragraph';
    const id = style.attrs['w:styleId'];
    if (!id || (type !== 'paragraph' && type !== 'numbering')) continue;
    const pPr = child(style, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    byId.set(id, {
      basedOn: val(child(style, 'w:basedOn')) ?? null,
      name: val(child(style, 'w:name')) ?? id,
      numId: val(child(numPr, 'w:numId')) ?? null,
      ilvl: intOr(val(child(numPr, 'w:ilvl')), null),
      outlineLevel: intOr(val(child(pPr, 'w:outlineLvl')), null),
    });
    const isDefault = style.attrs['w:default'];
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** The chain of a style and the styles it is based on, nearest first (cycles cut). */
export function styleChain(styles: Styles, id: string | null): StyleInfo[] {
  const chain: StyleInfo[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== null && !seen.has(at); ) {
    seen.add(at);
    const style = styles.byId.get(at);
    if (!style) break;
    chain.push(style);
    at = style.basedOn;
  }
  return chain;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  const numberingEl = root ? child(root, 'w:numbering') : undefined;
  for (const el of numberingEl ? elements(numberingEl) : []) {
    if (el.name === 'w:abstractNum') {
      const id = el.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of elements(el)) if (lvl.name === 'w:lvl') levels.set(intOr(lvl.attrs['w:ilvl'], 0), readLevel(lvl));
      abstracts.set(id, { levels, numStyleLink: val(child(el, 'w:numStyleLink')) ?? null });
    } else if (el.name === 'w:num') {
      const id = el.attrs['w:numId'];
      const abstractId = val(child(el, 'w:abstractNumId'));
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, LevelDef>();
      for (const o of elements(el)) {
        if (o.name !== 'w:lvlOverride') continue;
        const ilvl = intOr(o.attrs['w:ilvl'], 0);
        const start = intOr(val(child(o, 'w:startOverride')), null);
        if (start !== null) starts.set(ilvl, start);
        const lvl = child(o, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      nums.set(id, { abstractId, starts, levels });
    }
  }
  return { abstracts, nums };
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, glyph] of ROMAN) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters run a..z, then aa, bb, cc: the letter repeated, not a spreadsheet's "ab". */
function letters(n: number): string {
  if (n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** One counter value in a level's number format; formats Word has for other scripts fall back to 1, 2, 3. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return n > 0 && n < 4000 ? roman(n) : String(n);
    case 'upperRoman':
      return n > 0 && n < 4000 ? roman(n).toUpperCase() : String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'ordinal':
      return ordinal(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface ListParagraph {
  /** The label as Word shows it, e.g. "a)", "(ii)", "2.1", "•"; '' when the level shows none. */
  label: string;
  bullet: boolean;
  level: number;
  /** Which list it belongs to: paragraphs with the same key are numbered as one list. */
  list: string;
}

/**
 * Counts list paragraphs in document order. Instances (w:num) of one abstract list share their
 * counters, as in Word, so a list that "continues numbering" under a new numId carries on; an
 * instance with a w:startOverride ("restart numbering") counts on its own from its override.
 */
export class ListCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  /** The abstract list behind a numId, following a numbering-style link (w:numStyleLink) once or twice. */
  private abstractFor(numId: string): { id: string; def: AbstractNum } | null {
    let num = this.numbering.nums.get(numId);
    for (let hops = 0; num && hops < 4; hops++) {
      const def = this.numbering.abstracts.get(num.abstractId);
      if (!def) return null;
      if (def.numStyleLink === null || def.levels.size > 0) return { id: num.abstractId, def };
      const linked = styleChain(this.styles, def.numStyleLink).find((s) => s.numId !== null)?.numId ?? null;
      num = linked === null ? undefined : this.numbering.nums.get(linked);
    }
    return null;
  }

  private level(numId: string, ilvl: number): LevelDef | null {
    const num = this.numbering.nums.get(numId);
    const override = num?.levels.get(ilvl);
    if (override) return override;
    return this.abstractFor(numId)?.def.levels.get(ilvl) ?? null;
  }

  /** The level bound to a paragraph style inside a list (for a style that names a list but no level). */
  levelForStyle(numId: string, styleId: string): number | null {
    const def = this.abstractFor(numId)?.def;
    if (!def) return null;
    for (const [ilvl, lvl] of def.levels) if (lvl.style === styleId) return ilvl;
    return null;
  }

  /** Advances the list `numId` at level `ilvl` and returns the paragraph's label, or null if it is no list. */
  next(numId: string, ilvl: number): ListParagraph | null {
    const num = this.numbering.nums.get(numId);
    const abstract = this.abstractFor(numId);
    if (!num || !abstract) return null;
    const here = this.level(numId, ilvl);
    if (!here) return null;
    const key = num.starts.size > 0 || num.levels.size > 0 ? `num:${numId}` : `abstract:${abstract.id}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }
    const startOf = (level: number) => num.starts.get(level) ?? this.level(numId, level)?.start ?? 1;
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    // Deeper levels start again after this one, unless their w:lvlRestart says otherwise.
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.level(numId, deeper)?.restart ?? null;
      const restarts = restart === null ? true : restart !== 0 && ilvl < restart;
      if (restarts) values[deeper] = undefined;
    }
    if (here.format === 'bullet') return { label: '•', bullet: true, level: ilvl, list: key };
    const text = here.text ?? '';
    const label = text.replace(/%([1-9])/g, (_, d: string) => {
      const level = Number(d) - 1;
      const def = level === ilvl ? here : this.level(numId, level);
      const value = values[level] ?? startOf(level);
      const format = here.legal && def?.format !== 'none' ? 'decimal' : (def?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { label: label.trim(), bullet: false, level: ilvl, list: key };
  }
}

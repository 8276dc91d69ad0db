// A small, forgiving XML reader for the parts of a Word file: elements, attributes and text, no DOM.
// The domain core may not use DOMParser, and Word's XML is regular enough that a tokenizer suffices.

export interface XmlElement {
  /** The qualified name as written, e.g. "w:p". */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // A reference to a surrogate or beyond Unicode is damage, not text: keep it visible as written.
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

// One token at a time: comment, CDATA, processing instruction or declaration, or a start/end tag.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * Parses `source` into a tree under a synthetic root named "#document". Never throws: an end tag
 * with no matching start is ignored, and elements left open at the end are closed, so a damaged
 * part still gives whatever text it holds.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let last = 0;
  const addText = (text: string) => {
    if (text !== '') stack[stack.length - 1]!.children.push(text);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    addText(decodeEntities(source.slice(last, m.index)));
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      addText(m[1]);
      continue;
    }
    const name = m[3];
    if (name === undefined) continue; // comment, processing instruction or declaration
    if (m[2] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: XmlElement = { name, attrs: readAttributes(m[4] ?? ''), children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (m[5] !== '/') stack.push(element);
  }
  addText(decodeEntities(source.slice(last)));
  return root;
}

/** The element children of `el`. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first element child named `name`, or undefined. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Every descendant named `name`, in document order, not looking inside a match. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

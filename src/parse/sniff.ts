// Look at the start of a document to learn what it is before handing it to a parser.
// Only the prolog is scanned (declaration, comments, processing instructions, doctype),
// never the whole document.

export interface Sniffed {
  /** The document from its first significant character on. */
  text: string;
  /** Newlines dropped from the front, so error line numbers still match the file. */
  linesDropped: number;
  kind: 'xml' | 'json' | 'empty' | 'other';
  /** The root element's qualified name (xml only; null when the prolog never ends). */
  root: string | null;
  /** Index of the root element's '<' in text. */
  rootAt: number;
}

const NAME_RE = /[A-Za-z_][\w:.-]*/y;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0 || c === 0;
}

/** Skip the BOM and whitespace before the document, then find the root element. */
export function sniff(input: string): Sniffed {
  let i = 0;
  let lines = 0;
  const n = input.length;
  while (i < n && isSpace(input.charCodeAt(i))) {
    if (input.charCodeAt(i) === 10) lines++;
    i++;
  }
  const text = i === 0 ? input : input.slice(i);
  if (text === '') return { text, linesDropped: lines, kind: 'empty', root: null, rootAt: -1 };
  const first = text.charCodeAt(0);
  if (first === 123 /* { */ || first === 91 /* [ */) {
    return { text, linesDropped: lines, kind: 'json', root: null, rootAt: -1 };
  }
  if (first !== 60 /* < */) return { text, linesDropped: lines, kind: 'other', root: null, rootAt: -1 };
  const { root, at } = findRoot(text);
  return { text, linesDropped: lines, kind: 'xml', root, rootAt: at };
}

function findRoot(s: string): { root: string | null; at: number } {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) return { root: null, at: -1 };
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2);
      if (end < 0) return { root: null, at: -1 };
      i = end + 2;
    } else if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return { root: null, at: -1 };
      i = end + 3;
    } else if (s.startsWith('<!', lt)) {
      i = skipDoctype(s, lt);
      if (i < 0) return { root: null, at: -1 };
    } else {
      NAME_RE.lastIndex = lt + 1;
      const m = NAME_RE.exec(s);
      return { root: m ? m[0] : null, at: lt };
    }
  }
  return { root: null, at: -1 };
}

/** The index just past a <!DOCTYPE …> declaration, including an internal [ … ] subset. */
function skipDoctype(s: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */) depth--;
    else if (c === 62 /* > */ && depth <= 0) return i + 1;
  }
  return -1;
}

/** The local part of a qualified name ("rdf:RDF" -> "RDF"). */
export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

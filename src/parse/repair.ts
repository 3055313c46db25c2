import { htmlEntity } from './html-entities.js';
import { toIsoDate } from './text.js';

// Repairs for the mistakes real feeds make that a strict XML parser rejects. They run only
// after a document failed to parse, so they may afford whole-document passes. Each repair is
// a pure string function, narrow enough to leave a well-formed document unchanged.

const PROTECTED_RE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;

/** Apply fn to the parts of s outside CDATA sections and comments (whose text is literal). */
function outsideProtected(s: string, fn: (part: string) => string): string {
  let out = '';
  let last = 0;
  PROTECTED_RE.lastIndex = 0;
  for (let m = PROTECTED_RE.exec(s); m !== null; m = PROTECTED_RE.exec(s)) {
    out += fn(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + fn(s.slice(last));
}

// Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab/CR/LF,
// U+FFFE/U+FFFF and unpaired surrogates.
const ILLEGAL_CHARS_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drop characters XML does not allow (stray control characters pasted from word processors). */
export function dropIllegalChars(s: string): string {
  return s.replace(ILLEGAL_CHARS_RE, '');
}

function isXmlChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const AMP_RE = /&(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,7};|[A-Za-z_][\w.-]*;)?/g;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Make every '&' a reference XML understands: a bare '&' becomes '&amp;', an HTML named
 * entity (&nbsp;, &eacute;, &mdash; …) becomes its numeric reference, an entity declared in
 * the document's own DOCTYPE is expanded (one level, never recursively), a reference to a
 * character XML forbids is dropped, and an unknown name is kept as literal text.
 */
export function fixEntities(s: string, declared: ReadonlyMap<string, string> = new Map()): string {
  return outsideProtected(s, (part) =>
    part.indexOf('&') < 0
      ? part
      : part.replace(AMP_RE, (whole, ref: string | undefined) => {
          if (ref === undefined) return '&amp;';
          if (ref.charCodeAt(0) === 35 /* # */) {
            const hex = ref[1] === 'x' || ref[1] === 'X';
            const cp = parseInt(ref.slice(hex ? 2 : 1, -1), hex ? 16 : 10);
            return isXmlChar(cp) ? whole : '';
          }
          const name = ref.slice(0, -1);
          if (XML_PREDEFINED.has(name)) return whole;
          const value = declared.get(name);
          if (value !== undefined) return escapeText(value);
          const chars = htmlEntity(name);
          if (chars === undefined) return '&amp;' + ref;
          let numeric = '';
          for (const ch of chars) numeric += `&#${ch.codePointAt(0)};`;
          return numeric;
        }),
  );
}

const DOCTYPE_RE = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i;
const ENTITY_DECL_RE = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;

/** General entities declared in the document's internal DTD subset (parameter entities ignored). */
export function declaredEntities(s: string): Map<string, string> {
  const out = new Map<string, string>();
  const head = s.slice(0, 65536);
  const dt = DOCTYPE_RE.exec(head);
  if (!dt) return out;
  for (const m of dt[1]!.matchAll(ENTITY_DECL_RE)) out.set(m[1]!, m[2] ?? m[3] ?? '');
  return out;
}

// Elements whose content RSS defines as text (HTML escaped): raw markup there is a fault.
const TEXT_ELEMENT_RE = /<((?:[\w-]+:)?(?:title|description))(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/g;

/**
 * Wrap raw HTML inside <title> and <description> in CDATA, so "<title>Q3 <b>results</title>"
 * parses and keeps its text. Well-formed Atom xhtml content is left alone (a different element).
 */
export function wrapMarkupInText(s: string): string {
  return s.replace(TEXT_ELEMENT_RE, (whole, name: string, attrs: string | undefined, body: string) => {
    if (body.indexOf('<') < 0 || body.indexOf('<![CDATA[') >= 0) return whole;
    if (/\btype\s*=\s*["']xhtml["']/.test(attrs ?? '')) return whole;
    return `<${name}${attrs ?? ''}><![CDATA[${body.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`;
  });
}

/**
 * Cut anything after the root element's end tag, and complete an end tag that lost its '>'
 * ("…</rss" at the end of a file).
 */
export function trimAfterRoot(s: string, root: string): string {
  const close = s.lastIndexOf('</' + root);
  if (close < 0) return s;
  const gt = s.indexOf('>', close);
  if (gt < 0) return s.slice(0, close) + `</${root}>`;
  return s.slice(0, gt + 1);
}

/**
 * Drop anything but whitespace after the root element's end tag. Cheap enough for every
 * document (it looks back from the end only), and needed on the happy path: xml2js reports a
 * complete root as parsed and then raises the trailing junk's error into its next parse.
 */
export function dropAfterRoot(s: string, root: string): string {
  const close = s.lastIndexOf('</' + root);
  if (close < 0) return s;
  const gt = s.indexOf('>', close);
  if (gt < 0) return s;
  for (let i = gt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return s.slice(0, gt + 1);
  }
  return s;
}

const ATOM_DATE_RE = /<((?:[\w-]+:)?(?:published|updated|issued|modified|created))(\s[^>]*)?>([^<]*)<\/\1\s*>/g;

/**
 * Rewrite Atom dates a JavaScript Date cannot read (rss-parser throws on them): into ISO 8601
 * when we can read them, else empty so the entry still parses (it then has no date).
 */
export function fixAtomDates(s: string): string {
  return s.replace(ATOM_DATE_RE, (whole, name: string, attrs: string | undefined, value: string) => {
    if (!Number.isNaN(Date.parse(value.trim()))) return whole;
    return `<${name}${attrs ?? ''}>${toIsoDate(value) ?? ''}</${name}>`;
  });
}

/**
 * Atom written with a prefix (<a:feed xmlns:a="http://www.w3.org/2005/Atom">) as plain
 * <feed>, which is the only form rss-parser recognises.
 */
export function unprefixRoot(s: string, prefix: string): string {
  const re = new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}:`, 'g');
  return s.replace(re, '<$1');
}

/** Every repair, in the order that keeps them from undoing each other. */
export function repairXml(s: string, root: string | null): string {
  let out = dropIllegalChars(s);
  out = wrapMarkupInText(out);
  out = fixEntities(out, declaredEntities(out));
  if (root !== null) out = trimAfterRoot(out, root);
  out = fixAtomDates(out);
  return out;
}

import { htmlEntity } from './html-entities.js';

// Small text helpers shared by the feed and OPML parsers. Each returns early when its input
// has nothing to do (no '&', no '<'), because they run once per item on the scan's hot path.

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY_RE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
const TAG_RE = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/g;
const SPACE_RE = /\s+/g;

function fromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** Decode HTML character references (named, decimal, hex); unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY_RE, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)) ?? whole;
    }
    return XML_ENTITIES[ref] ?? htmlEntity(ref) ?? whole;
  });
}

/** Remove HTML tags and comments. */
export function stripTags(s: string): string {
  return s.indexOf('<') < 0 ? s : s.replace(TAG_RE, ' ');
}

// XML parsers pass these through, but they are never meant as text.
const CONTROL_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
const CONTROL_G_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const UNUSUAL_SPACE_RE = /[\t\n\r\f\v\u00a0\u2028\u2029]| {2}/;

/** A one-line plain-text title: tags stripped, entities decoded, whitespace collapsed. */
export function cleanTitle(s: string | null): string | null {
  if (s === null) return null;
  let t = s.indexOf('<') < 0 ? s : s.replace(TAG_RE, ' ');
  const amp = t.indexOf('&');
  if (amp >= 0 && t.indexOf(';', amp) > 0) t = decodeEntities(t);
  if (CONTROL_RE.test(t)) t = t.replace(CONTROL_G_RE, '');
  if (UNUSUAL_SPACE_RE.test(t)) t = t.replace(SPACE_RE, ' ');
  t = t.trim();
  return t === '' ? null : t;
}

/** Trim, and turn empty strings into null. */
export function nonEmpty(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

/** Collapse a message onto one line and keep it short enough for a table cell or a log line. */
export function oneLine(s: string, max = 240): string {
  const t = s.replace(SPACE_RE, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

// Zone names that Date.parse does not know but feeds use.
const ZONES: Record<string, string> = {
  BST: '+0100', IST: '+0530', CET: '+0100', CEST: '+0200', MET: '+0100', MEST: '+0200',
  EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100', MSK: '+0300', JST: '+0900',
  KST: '+0900', HKT: '+0800', SGT: '+0800', AEST: '+1000', AEDT: '+1100', ACST: '+0930',
  AWST: '+0800', NZST: '+1200', NZDT: '+1300', HST: '-1000', AKST: '-0900', AKDT: '-0800',
  Z: '+0000', UTC: '+0000',
};
const ZONE_RE = /\s([A-Z]{1,4})$/;
const MIN_TIME = Date.UTC(1970, 0, 2);
const MAX_TIME = Date.UTC(2200, 0, 1);

/** Whether a date string ends in a zone: a letter (Z, GMT, EST) or a numeric +hhmm / +hh:mm offset. */
export function hasZone(s: string): boolean {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  if (last >= 65) return true;
  const a = s.charCodeAt(n - 5);
  const b = s.charCodeAt(n - 6);
  return a === 43 || a === 45 || b === 43 || b === 45;
}

/**
 * ISO 8601 (UTC) for an RFC 822 / ISO 8601 / W3CDTF date, or null when it cannot be read.
 * Dates without a zone are read as UTC so the result does not depend on the machine's zone.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = raw.trim();
  if (s === '') return null;
  if (!hasZone(s)) {
    if (s.charCodeAt(4) === 45 /* - */ && s.length > 10) s = s.slice(0, 10) + 'T' + s.slice(11) + 'Z';
    else s += s.indexOf(':') < 0 ? ' 00:00:00 +0000' : ' +0000';
  }
  let t = Date.parse(s);
  if (Number.isNaN(t)) {
    const z = ZONE_RE.exec(s);
    const offset = z ? ZONES[z[1]!] : undefined;
    if (offset !== undefined) t = Date.parse(s.slice(0, z!.index) + ' ' + offset);
    // Some feeds write a weekday or month name Date.parse rejects ("Tues,", "Seg, 24 Set 2018").
    if (Number.isNaN(t)) t = Date.parse(englishMonth(s.replace(/^[^\d,]*,\s*/, '')));
  }
  if (Number.isNaN(t) || t < MIN_TIME || t > MAX_TIME) return null;
  return new Date(t).toISOString();
}

// Month abbreviations of the languages feeds most often use (pt, es, fr, de, it, nl) that
// differ from the English ones.
const MONTHS: Record<string, string> = {
  fev: 'Feb', abr: 'Apr', mai: 'May', ago: 'Aug', set: 'Sep', out: 'Oct', dez: 'Dec', ene: 'Jan',
  dic: 'Dec', avr: 'Apr', aou: 'Aug', juin: 'Jun', juil: 'Jul', okt: 'Oct', gen: 'Jan', mag: 'May',
  giu: 'Jun', lug: 'Jul', ott: 'Oct', mrt: 'Mar', mei: 'May',
};
const ENGLISH_RE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const DAY_MONTH_RE = /^(\d{1,2})\.?\s+([^\s\d.]+)\.?(\s+\d{2,4}.*)$/;

function englishMonth(s: string): string {
  const m = DAY_MONTH_RE.exec(s);
  if (!m) return s;
  const word = m[2]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const en = MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)] ?? (ENGLISH_RE.test(word) ? word.slice(0, 3) : undefined);
  return en ? `${m[1]} ${en}${m[3]}` : s;
}

const ABSOLUTE_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Usable as a base for relative links: an absolute http(s) or file URL. */
export function asBase(u: string | null | undefined): string | null {
  if (!u) return null;
  const t = u.trim();
  if (!/^(https?|file):/i.test(t)) return null;
  try {
    return new URL(t).href;
  } catch {
    return null;
  }
}

/** Resolve a link against the first usable base; absolute links are returned as they are. */
export function resolveUrl(href: string | null, ...bases: Array<string | null | undefined>): string | null {
  const h = nonEmpty(href);
  if (h === null) return null;
  if (ABSOLUTE_RE.test(h)) return h;
  for (const b of bases) {
    const base = asBase(b);
    if (base === null) continue;
    try {
      return new URL(h, base).href;
    } catch {
      // An unusable base: try the next one.
    }
  }
  return h;
}

const EMAIL_NAME_RE = /^\S+@\S+\s*\((.+)\)$/;

/** An author's display name: "jane@example.com (Jane Doe)" becomes "Jane Doe". */
export function authorName(raw: string | null): string | null {
  const s = cleanTitle(raw);
  if (s === null) return null;
  const m = EMAIL_NAME_RE.exec(s);
  return m ? m[1]!.trim() : s;
}

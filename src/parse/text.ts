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

/** A one-line plain-text title: tags stripped, entities decoded, whitespace collapsed. */
export function cleanTitle(s: string | null): string | null {
  if (s === null) return null;
  const t = decodeEntities(stripTags(s)).replace(SPACE_RE, ' ').trim();
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
const ISO_NO_ZONE_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const RFC_NO_ZONE_RE = /\s\d{1,2}:\d{2}(?::\d{2})?$/;
const MIN_TIME = Date.UTC(1970, 0, 2);
const MAX_TIME = Date.UTC(2200, 0, 1);

/**
 * ISO 8601 (UTC) for an RFC 822 / ISO 8601 / W3CDTF date, or null when it cannot be read.
 * Dates without a zone are read as UTC so the result does not depend on the machine's zone.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = raw.trim();
  if (s === '') return null;
  const iso = ISO_NO_ZONE_RE.exec(s);
  if (iso) s = `${iso[1]}T${iso[2]}Z`;
  else if (RFC_NO_ZONE_RE.test(s)) s += ' +0000';
  let t = Date.parse(s);
  if (Number.isNaN(t)) {
    const z = ZONE_RE.exec(s);
    const offset = z ? ZONES[z[1]!] : undefined;
    if (offset !== undefined) t = Date.parse(s.slice(0, z!.index) + ' ' + offset);
    // Some feeds write a weekday name Date.parse rejects ("Tues,", or a non-English one).
    if (Number.isNaN(t)) t = Date.parse(s.replace(/^[^\d,]*,\s*/, ''));
  }
  if (Number.isNaN(t) || t < MIN_TIME || t > MAX_TIME) return null;
  return new Date(t).toISOString();
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

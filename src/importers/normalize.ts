// Field normalisers for CRM and contact exports. Each returns null for a value it
// cannot read rather than guessing, so fit rules never act on invented data.
import { countryCode } from '../rules/countries.js';

// Second-level registries under which the registrable name sits one label deeper.
const SECOND_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'co.in', 'net.in', 'org.in',
  'com.br', 'com.mx', 'com.ar', 'com.sg', 'com.hk', 'com.tw', 'com.cn', 'com.tr', 'co.za', 'co.il', 'com.my', 'com.ph',
  'co.id', 'com.co', 'com.pe', 'com.ua', 'com.pl', 'co.at', 'or.at',
]);

/**
 * The registrable domain of a website, URL, bare host or e-mail address:
 * "https://www.Acme.io/about" → "acme.io", "go.ferrumpay.co.uk" → "ferrumpay.co.uk".
 * Subdomains are dropped so a marketing site and the company's main site compare equal.
 */
export function domainOf(text: string | null | undefined): string | null {
  if (!text) return null;
  let t = text.trim().toLowerCase();
  if (!t) return null;
  const at = t.lastIndexOf('@');
  if (at >= 0 && !t.includes('/')) t = t.slice(at + 1);
  t = t.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  t = t.split(/[/?#\s]/)[0] ?? '';
  t = t.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(t) || /^\d+(\.\d+){3}$/.test(t)) return null;
  const labels = t.split('.');
  const tail2 = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.has(tail2) ? 3 : 2;
  if (labels.length < keep) return null;
  return labels.slice(-keep).join('.');
}

const SCALE: Record<string, number> = { k: 1_000, m: 1_000_000 };

function readCount(raw: string): number | null {
  let t = raw.trim().toLowerCase().replace(/\s+/g, '');
  const suffix = /^([\d.,]+)([km])$/.exec(t);
  if (suffix) {
    const n = Number(suffix[1]!.replace(',', '.'));
    return Number.isFinite(n) ? Math.round(n * SCALE[suffix[2]!]!) : null;
  }
  // Head-counts are whole numbers, so "1.200" and "1,200" are thousands separators.
  if (/^\d{1,3}([.,]\d{3})+$/.test(t)) t = t.replace(/[.,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Math.round(Number(t));
}

/**
 * Head-count as exported: "180", "1,200", "1.2k", a size band "51-200" or an
 * open band "10,001+". A band becomes its midpoint (the least biased point
 * estimate for an ICP min/max check); an open band becomes its lower bound.
 */
export function parseEmployees(text: string | null | undefined): number | null {
  if (!text) return null;
  const t = text.trim().replace(/employees?|staff|people|fte/gi, '').trim();
  if (!t) return null;
  const band = /^([\d.,\s]+[km]?)\s*(?:-|–|—|to)\s*([\d.,\s]+[km]?)$/i.exec(t);
  if (band) {
    const lo = readCount(band[1]!);
    const hi = readCount(band[2]!);
    if (lo === null || hi === null) return null;
    return Math.round((Math.min(lo, hi) + Math.max(lo, hi)) / 2);
  }
  const open = /^(?:over|more than|>|≥|>=)?\s*([\d.,\s]+[km]?)\s*\+?$/i.exec(t);
  if (open) return readCount(open[1]!);
  const under = /^(?:under|less than|fewer than|<|≤|<=)\s*([\d.,\s]+[km]?)$/i.exec(t);
  if (under) return readCount(under[1]!);
  return null;
}

/** ISO 3166 alpha-2 where recognisable ("United States", "U.S.", "Deutschland" → US, US, DE), else the text as given. */
export function normalizeCountry(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return null;
  return countryCode(t) ?? countryCode(t.replace(/\.$/, '')) ?? t;
}

/**
 * Whether a lifecycle stage, account type or status means "already a customer":
 * HubSpot "customer" / "evangelist", Salesforce "Customer - Direct" / "Customer - Channel",
 * a generic "Active client". Former, churned and prospective customers are not.
 */
export function isCustomerStage(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = text.toLowerCase();
  if (/\b(former|ex|churned|lost|past|prospective|potential|previous|non)[\s-]*(customer|client)/.test(t)) return false;
  return /\b(customer|client|evangelist|closed[\s-]*won)\b/.test(t);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/**
 * A connection date as LinkedIn and spreadsheets write it → "YYYY-MM-DD":
 * "15 Mar 2024", "Mar 15, 2024", "2024-03-15", "15-Mar-24", "3/15/2024".
 * Slashed dates are read month-first (LinkedIn is a US product) unless the first
 * number cannot be a month.
 */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(t);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})$/.exec(t);
  if (m) {
    const mon = MONTHS[m[2]!.toLowerCase().slice(0, m[2]!.toLowerCase().startsWith('sept') ? 4 : 3)];
    return mon ? isoDate(+m[3]!, mon, +m[1]!) : null;
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) {
    const mon = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    return mon ? isoDate(+m[3]!, mon, +m[2]!) : null;
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(t);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const dotted = t.includes('.');
    // "15.03.2024" is European day-first; slashes are month-first unless impossible.
    const [mon, day] = dotted || a > 12 ? [b, a] : [a, b];
    return isoDate(+m[3]!, mon, day);
  }
  return null;
}

/** A usable e-mail address (the first, when Google packs several as "a ::: b"), lower-cased. */
export function cleanEmail(text: string | null | undefined): string | null {
  if (!text) return null;
  for (const part of text.split(/\s*:::\s*|[;,\s]+/)) {
    const e = part.trim().replace(/^mailto:/i, '').toLowerCase();
    if (/^[^@\s]+@[^@\s]+\.[a-z0-9-]{2,}$/.test(e)) return e;
  }
  return null;
}

/**
 * A profile URL in one canonical form, so the same person exported twice is one
 * identity: "http://linkedin.com/in/Dana-Lee-1a2b/?trk=x" → "https://www.linkedin.com/in/dana-lee-1a2b".
 */
export function normalizeProfileUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  if (!t) return null;
  const li = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(t);
  if (li) return `https://www.linkedin.com/${li[1]!.toLowerCase()}/${decodeURIComponent(li[2]!).toLowerCase()}`;
  if (!/^https?:\/\//i.test(t)) return null;
  try {
    const u = new URL(t);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

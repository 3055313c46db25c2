// Company and person identity. Every stage (accounts, contacts, events, exclusions)
// compares names through these keys, so "Acme, Inc.", "ACME Corp" and "acme.io" meet.
//
// Decisions:
// - The company key is the name's letters and digits with no separators: "Northwind
//   Analytics" and the domain "northwindanalytics.com" both become "northwindanalytics".
// - Legal-form suffixes are dropped (Inc, Corp, GmbH, Plc, …) and so are a few generic
//   corporate tails that companies add and drop at will (Technologies, Holdings, Group),
//   but never a word that tells two businesses apart: "Acme Health" stays distinct from
//   "Acme" because a health spin-off and its parent are different accounts to a rep.
// - A domain keeps only its registrable label ("go.ferrumpay.co.uk" → "ferrumpay").

const LEGAL = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'llc', 'llp', 'lp', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas',
  'sarl', 'srl', 'spa', 'bv', 'nv', 'plc', 'pty', 'co', 'company', 'kg', 'ug', 'oy', 'oyj', 'ab', 'asa', 'as',
  'aps', 'se', 'kk', 'pte', 'pvt', 'private', 'sl', 'sro', 'zoo', 'sp', 'lda', 'ltda', 'bhd', 'sdn', 'pbc', 'ohg', 'mbh',
]);
const GENERIC_TAIL = new Set(['technologies', 'technology', 'holdings', 'holding', 'group']);
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ltd', 'plc', 'ne', 'or']);
const DOMAIN = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#].*)?$/i;
const DIACRITICS = /[\u0300-\u036f]/g;

const ASCII = /^[\x20-\x7e]*$/;

function fold(s: string): string {
  // Most names are plain ASCII; skip Unicode normalisation for them (this runs per event and per row).
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(/[ßẞ]/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The registrable label of a bare domain or URL ("acme.io" → "acme"), else null. */
function domainLabel(s: string): string | null {
  if (/\s/.test(s)) return null;
  const m = DOMAIN.exec(s);
  if (!m) return null;
  const labels = m[1]!.toLowerCase().split('.');
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,}$/.test(tld)) return null; // "Web3.0", version numbers
  let i = labels.length - 2;
  if (i >= 1 && tld.length === 2 && SECOND_LEVEL.has(labels[i]!)) i--;
  return labels[i] ?? null;
}

// Extraction asks for the same few keys many times per item; a small cache makes that free.
function cachedKey(compute: (name: string) => string | null): (name: string | null | undefined) => string | null {
  const cache = new Map<string, string | null>();
  return (name) => {
    if (!name) return null;
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const key = compute(name);
    if (cache.size >= 4096) cache.clear();
    cache.set(name, key);
    return key;
  };
}

/** Normalised company identity, or null when nothing name-like is left. */
export const companyKey = cachedKey(computeCompanyKey);

function computeCompanyKey(name: string): string | null {
  let s = name.trim();
  if (!s) return null;
  const label = domainLabel(s);
  if (label) s = label;
  // Parentheticals are tickers, batches and aliases: "Acme (YC W21)", "Acme (NASDAQ: ACME)".
  // "Sainsbury's" and "Sainsbury" are one company; the possessive is part of the brand, not the identity.
  s = fold(s).replace(/\([^)]*\)/g, ' ').replace(/['’]s\b/g, '').replace(/&/g, ' and ');
  // A dotted legal form ("S.A.", "B.V.") is one word once the dots go.
  s = s.replace(/\b([a-z])\.(?=[a-z]\.?)/g, '$1');
  // So is a slashed one ("Maersk Data A/S").
  if (s.includes('/')) s = s.replace(/\b([a-z])\/([a-z])\b/g, '$1$2');
  const words = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && (LEGAL.has(words[words.length - 1]!) || GENERIC_TAIL.has(words[words.length - 1]!))) words.pop();
  // "Acme Co." and "Acme and Co" both end in a connector once the legal word is gone.
  while (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  const key = words.join('');
  return key.length > 0 ? key : null;
}

const HONORIFIC = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon']);
const POST_NOMINAL = new Set([
  'phd', 'md', 'mba', 'cpa', 'cfa', 'jd', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv', 'obe', 'mbe', 'cbe', 'frs', 'msc', 'bsc', 'ma', 'ba', 'pe', 'rn', 'dds',
]);

/** Normalised person identity: "Dr. Jane  Doe, PhD" → "jane doe", "José García-López" → "jose garcia lopez". */
export const personKey = cachedKey(computePersonKey);

function computePersonKey(name: string): string | null {
  const split = (s: string) => s.replace(/['’`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Degrees and honours follow a comma ("Jane Doe, PhD"); without one "Ma" is a surname (Jack Ma).
  const [head, ...tails] = fold(name).split(',');
  const words = split(head!);
  for (const t of tails) {
    const w = split(t);
    if (!w.every((x) => POST_NOMINAL.has(x))) words.push(...w);
  }
  while (words.length > 1 && HONORIFIC.has(words[0]!)) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

// A company's own domain, when a source link clearly is its own site
// (northwindanalytics.com for "Northwind Analytics"), never a newswire's.
const TWO_LEVEL = new Set(['co.uk', 'org.uk', 'ac.uk', 'com.au', 'net.au', 'co.nz', 'co.jp', 'com.br', 'co.in', 'com.sg', 'co.il', 'com.mx', 'co.za']);
const LEGAL = /\b(inc|incorporated|llc|ltd|limited|plc|gmbh|ag|sa|sas|bv|nv|corp|corporation|co|company|holdings)\b\.?/gi;

const compact = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** "https://www.ferrumpay.co.uk/news/x" → "ferrumpay.co.uk" */
export function registrableDomain(link: string): string | null {
  let host: string;
  try {
    host = new URL(link).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const lastTwo = labels.slice(-2).join('.');
  const n = TWO_LEVEL.has(lastTwo) ? 3 : 2;
  return labels.length >= n ? labels.slice(-n).join('.') : null;
}

/** Does this domain's name part spell the company's name? */
export function isOwnDomain(domain: string, company: string): boolean {
  const label = compact(domain.split('.')[0] ?? '');
  if (label.length < 3) return false;
  const names = new Set([compact(company), compact(company.replace(LEGAL, ' '))]);
  for (const n of names) {
    if (!n) continue;
    if (label === n || label === `get${n}` || label === `try${n}` || label === `${n}hq` || label === `${n}app`) return true;
  }
  return false;
}

export function domainFromLinks(links: ReadonlyArray<string | null>, company: string): string | null {
  for (const l of links) {
    if (!l) continue;
    const d = registrableDomain(l);
    if (d && isOwnDomain(d, company)) return d;
  }
  return null;
}

export function slugify(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'company'
  );
}

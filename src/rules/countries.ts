// Country names a rep is likely to type (and CRMs export) → ISO 3166-1 alpha-2.
// Alpha-2 codes themselves are accepted as they are.
const NAMES: Record<string, string> = {
  'united states': 'US', 'united states of america': 'US', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US',
  'united kingdom': 'GB', uk: 'GB', 'u.k.': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  germany: 'DE', deutschland: 'DE', france: 'FR', spain: 'ES', italy: 'IT', netherlands: 'NL', 'the netherlands': 'NL', holland: 'NL',
  belgium: 'BE', luxembourg: 'LU', switzerland: 'CH', austria: 'AT', ireland: 'IE', portugal: 'PT', sweden: 'SE', norway: 'NO',
  denmark: 'DK', finland: 'FI', iceland: 'IS', poland: 'PL', czechia: 'CZ', 'czech republic': 'CZ', estonia: 'EE', latvia: 'LV',
  lithuania: 'LT', romania: 'RO', bulgaria: 'BG', greece: 'GR', hungary: 'HU', ukraine: 'UA', croatia: 'HR', slovenia: 'SI',
  slovakia: 'SK', serbia: 'RS', turkey: 'TR', 'türkiye': 'TR', israel: 'IL', 'united arab emirates': 'AE', uae: 'AE',
  'saudi arabia': 'SA', egypt: 'EG', nigeria: 'NG', kenya: 'KE', 'south africa': 'ZA', canada: 'CA', mexico: 'MX',
  brazil: 'BR', argentina: 'AR', chile: 'CL', colombia: 'CO', peru: 'PE', india: 'IN', china: 'CN', japan: 'JP',
  'south korea': 'KR', korea: 'KR', singapore: 'SG', 'hong kong': 'HK', taiwan: 'TW', indonesia: 'ID', vietnam: 'VN',
  thailand: 'TH', malaysia: 'MY', philippines: 'PH', pakistan: 'PK', bangladesh: 'BD', australia: 'AU', 'new zealand': 'NZ',
};

const CODES = new Set(Object.values(NAMES).concat(['GB', 'US']));

// Country-code top-level domains that reliably mean a country (generic ones like
// .io, .ai and .co are left out: startups everywhere use them).
const CCTLD: Record<string, string> = {
  uk: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', be: 'BE', ch: 'CH', at: 'AT', ie: 'IE', pt: 'PT', se: 'SE',
  no: 'NO', dk: 'DK', fi: 'FI', pl: 'PL', cz: 'CZ', ee: 'EE', jp: 'JP', au: 'AU', nz: 'NZ', ca: 'CA', br: 'BR', in: 'IN',
  sg: 'SG', il: 'IL', mx: 'MX', kr: 'KR',
};

/** A country as typed or exported → alpha-2, or null when it is not recognisable. */
export function countryCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) {
    const up = t.toUpperCase();
    return up === 'UK' ? 'GB' : up;
  }
  return NAMES[t.toLowerCase()] ?? null;
}

export function isKnownCountryCode(code: string): boolean {
  return CODES.has(code) || /^[A-Z]{2}$/.test(code);
}

export const COUNTRY_NAMES: readonly string[] = Object.keys(NAMES);

/** The country a domain's ccTLD names ("ferrumpay.co.uk" → GB), or null. */
export function countryFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  return CCTLD[tld] ?? null;
}

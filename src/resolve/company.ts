import type { Account } from '../types.js';
import { companyKey } from './company-key.js';
import { companyDomainsFromLinks } from './domains.js';
import { editSimilarity, tokens } from './similarity.js';

export type CompanyMatchMethod = 'key' | 'domain' | 'name';

export interface CompanyCandidate {
  account: Account;
  method: CompanyMatchMethod;
  confidence: number; // 0..1
  reason: string;
}

/** `link` is the account the company is taken to be; `candidates` are near matches left for a person to judge. */
export interface CompanyResolution {
  key: string | null;
  link: CompanyCandidate | null;
  candidates: CompanyCandidate[];
}

/** At or above this a match is acted on; below it, it is only listed for review. */
export const LINK_CONFIDENCE = 0.85;

/** The words of a name that make up its key ("The Acme Group, Inc." → ["acme"]). */
export function keyTokens(name: string): string[] {
  const key = companyKey(name);
  if (!key) return [];
  const words = tokens(name);
  while (words.length > 1 && !words.join('').startsWith(key) && words.join('').includes(key)) words.shift();
  while (words.length > 1 && words.join('') !== key && words.join('').startsWith(key)) words.pop();
  return words.join('') === key ? words : [key];
}

/**
 * How alike two company names are, and whether that is enough to merge:
 * "Tide Pool" = "Tidepool" (same key) merges; a one-letter difference in a
 * long name, or one name contained in the other ("Acme" vs "Acme Health"), is
 * only a near match — they are as often two companies as one.
 */
export function compareCompanyNames(a: string, b: string): { confidence: number; reason: string } | null {
  const ka = companyKey(a);
  const kb = companyKey(b);
  if (!ka || !kb) return null;
  if (ka === kb) return { confidence: 0.9, reason: 'same name apart from spacing, punctuation and legal form' };
  const sim = editSimilarity(ka, kb);
  if (Math.min(ka.length, kb.length) >= 6 && sim >= 0.85) {
    const edits = Math.round((1 - sim) * Math.max(ka.length, kb.length));
    return { confidence: 0.7, reason: `names differ by ${edits} letter${edits === 1 ? '' : 's'} — a typo or a different company` };
  }
  const ta = keyTokens(a);
  const tb = keyTokens(b);
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (small.length && small.length < big.length && small.every((t) => big.includes(t)) && small.join('').length >= 3) {
    return { confidence: 0.5, reason: `"${small.join(' ')}" is part of "${big.join(' ')}" — the same company or a different one` };
  }
  return null;
}

/**
 * Link a company named in an event to one of the rep's accounts: by normalised
 * name, by the company's own domain (from item links, news hosts ignored), or by
 * a close name. Anything short of a confident, unique match is returned as a
 * candidate rather than merged.
 */
export function resolveCompany(
  company: { name: string | null; key?: string | null; links?: ReadonlyArray<string | null> },
  accounts: readonly Account[],
): CompanyResolution {
  const key = company.key ?? companyKey(company.name);
  if (!key) return { key: null, link: null, candidates: [] };
  const domains = new Set(companyDomainsFromLinks(company.links ?? []));
  const best = new Map<number, CompanyCandidate>();
  const offer = (c: CompanyCandidate) => {
    const prev = best.get(c.account.id);
    if (!prev || c.confidence > prev.confidence) best.set(c.account.id, c);
  };
  const shownName = company.name ?? key;
  for (const account of accounts) {
    if (account.key === key) {
      offer({ account, method: 'key', confidence: 1, reason: `same name as account "${account.name}"` });
      continue;
    }
    const names = compareCompanyNames(shownName, account.name);
    if (account.domain) {
      const label = companyKey(account.domain);
      if (domains.has(account.domain)) {
        // A link to the account's own site is strong evidence only when the names agree too:
        // a press release about an acquisition links the target's site, not the acquirer's.
        if (names || label === key) offer({ account, method: 'domain', confidence: 0.95, reason: `item links to ${account.domain}, the domain of account "${account.name}"` });
        else offer({ account, method: 'domain', confidence: 0.5, reason: `item links to ${account.domain}, the domain of account "${account.name}", but the names differ` });
      } else if (label === key && key.length >= 4) {
        offer({ account, method: 'domain', confidence: 0.9, reason: `"${shownName}" is the name of ${account.domain}, the domain of account "${account.name}"` });
      }
    }
    if (names) offer({ account, method: 'name', confidence: names.confidence, reason: names.reason });
  }
  const ranked = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.account.name.localeCompare(b.account.name));
  const top = ranked[0];
  const runnerUp = ranked[1];
  // Two accounts equally good is itself ambiguous: link neither.
  const unique = top && (!runnerUp || runnerUp.confidence < top.confidence || top.method === 'key');
  const link = top && top.confidence >= LINK_CONFIDENCE && unique ? top : null;
  return { key, link, candidates: ranked.filter((c) => c !== link) };
}

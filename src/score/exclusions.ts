import type { Account } from '../types.js';
import type { RuleSet } from '../rules/types.js';
import { companyKey, personKey } from '../resolve/company-key.js';

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i;

/** "www.QuantaForge.com/" → "quantaforge.com"; null when the entry is a name. */
export function asDomain(entry: string): string | null {
  if (/\s|@/.test(entry.trim())) return null;
  const m = DOMAIN.exec(entry.trim());
  return m ? m[1]!.toLowerCase() : null;
}

const sameDomain = (a: string, b: string) => a === b || a.endsWith('.' + b) || b.endsWith('.' + a);

export interface Exclusions {
  /** Why this company never ranks, or null when it may. */
  company(key: string, domain: string | null, account: Account | null): string | null;
  /** Whether the rep asked never to be pointed at this person. */
  person(name: string): boolean;
}

export function exclusions(rules: RuleSet): Exclusions {
  const compile = (entries: string[], label: string) =>
    entries.map((e) => ({ label, entry: e, domain: asDomain(e), key: asDomain(e) ? null : companyKey(e) }));
  const lists = [
    ...compile(rules.exclude.competitors, 'a competitor (exclude.competitors)'),
    ...compile(rules.exclude.doNotContact, 'on your do-not-contact list'),
    ...compile(rules.exclude.companies, `listed in ${rules.exclude.companiesFile ?? 'exclude.companies_file'}`),
  ];
  const people = new Set(rules.exclude.doNotContact.filter((e) => !asDomain(e) && !e.includes('@')).map((e) => personKey(e)).filter((k): k is string => Boolean(k)));
  return {
    company(key, domain, account) {
      if (rules.exclude.customers && account?.isCustomer) return `an existing customer (CRM ${account.lifecycle ? `lifecycle "${account.lifecycle}"` : 'marks it a customer'})`;
      const domains = [domain, account?.domain ?? null].filter((d): d is string => Boolean(d)).map((d) => d.toLowerCase());
      const keys = new Set([key, account?.key].filter(Boolean));
      for (const x of lists) {
        if (x.domain && domains.some((d) => sameDomain(d, x.domain!))) return `${x.entry}: ${x.label}`;
        if (x.key && keys.has(x.key)) return `${x.entry}: ${x.label}`;
      }
      return null;
    },
    person(name) {
      const k = personKey(name);
      return k !== null && people.has(k);
    },
  };
}

import type { Account, Contact, StoredEvent, WarmPath } from '../../src/types.js';
import { companyKey, personKey } from '../../src/resolve/company-key.js';
import { validateRules } from '../../src/rules/validate.js';
import type { RuleSet } from '../../src/rules/types.js';

export const NOW = new Date('2026-11-23T08:00:00Z');
export const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

let nextId = 1;
export function event(over: Partial<StoredEvent> & Pick<StoredEvent, 'type' | 'company'>): StoredEvent {
  const id = over.id ?? nextId++;
  return {
    confidence: 0.9, round: null, roundQualifier: null, amount: null, currency: null, amountUsd: null, amountText: null,
    investors: [], leadInvestors: [], person: null, title: null, seniority: null, function: null, previousCompany: null,
    target: null, evidence: '', companyKey: companyKey(over.company), occurredAt: daysAgo(5),
    createdAt: daysAgo(5), sources: [{ feed: 'wire', title: `${over.company} news`, link: `https://www.prnewswire.com/news/${id}`, itemId: id, published: null }],
    ...over, id,
  };
}

export function account(name: string, over: Partial<Account> = {}): Account {
  return { id: nextId++, key: companyKey(name)!, name, domain: null, industry: 'Computer Software', employees: 150, country: 'United States', lifecycle: 'lead', isCustomer: false, source: 'hubspot', ...over };
}

export function contact(fullName: string, company: string | null, over: Partial<Contact> = {}): Contact {
  const [firstName = '', ...rest] = fullName.split(' ');
  return {
    id: nextId++, firstName, lastName: rest.join(' '), fullName, nameKey: personKey(fullName)!, email: null, company,
    companyKey: companyKey(company), position: 'Account Executive', connectedOn: '2024-03-15', url: null, source: 'linkedin', ...over,
  };
}

/** A plain warm-path finder over the test contacts (the real one lives in src/resolve/warmth.ts). */
export function warmPaths(target: { companyKey: string; person: string | null; previousCompany: string | null }, contacts: Contact[]): WarmPath[] {
  const out: WarmPath[] = [];
  const path = (c: Contact, relation: WarmPath['relation']): WarmPath => ({ contact: c.fullName, contactId: c.id, relation, degree: 1, detail: `via ${c.fullName}, 1st` });
  for (const c of contacts) if (target.person && c.nameKey === personKey(target.person)) out.push(path(c, 'person_is_connection'));
  for (const c of contacts) if (c.companyKey === target.companyKey) out.push(path(c, 'connection_at_company'));
  for (const c of contacts) if (target.previousCompany && c.position?.includes(`ex-${target.previousCompany}`)) out.push(path(c, 'former_colleague'));
  return out;
}

export function rules(yaml: string): RuleSet {
  const { rules: r, problems } = validateRules(yaml, 'test.yaml');
  if (!r) throw new Error(problems.map((p) => p.message).join('\n'));
  return r;
}

export const BASE = `
icp:
  industries: [software]
  employees: { min: 20, max: 500 }
  countries: [US, GB]
  points: { industry: 15, employees: 10, country: 5 }
triggers:
  - name: Series A/B raised
    when: { type: funding, round: [series_a, series_b], amount_usd: { min: 5M } }
    points: 30
    half_life_days: 21
  - name: Any funding
    when: { type: funding }
    points: 10
  - name: New sales leader
    when: { type: job_change, function: sales, seniority: [vp, c_level] }
    points: 30
    half_life_days: 60
recency: { half_life_days: 21, max_age_days: 90 }
exclude: { customers: true, competitors: [Quanta Forge, rivalco.com], do_not_contact: [Ann Blocked] }
warmth: { person_is_connection: 30, connection_at_company: 20, former_colleague: 10 }
multi_trigger_bonus: { per_extra_trigger: 5, max: 5 }
cooldown_days: 30
`;

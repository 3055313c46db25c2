import type { Account, Contact, StoredEvent } from '../types.js';
import { companyKey } from './company-key.js';
import { resolveCompany, type CompanyResolution } from './company.js';
import { matchPerson, type PersonCandidate } from './person.js';

export type ReviewKind = 'company_near_match' | 'company_domain_conflict' | 'person_weak_match' | 'accounts_share_domain';

export interface ReviewCandidate {
  kind: 'account' | 'contact';
  id: number;
  name: string;
  confidence: number;
  reason: string;
}

/** One identity question for the rep: what we saw, what it might be, and the events it touches. */
export interface ReviewItem {
  kind: ReviewKind;
  subject: string;
  detail: string;
  eventIds: number[];
  candidates: ReviewCandidate[];
}

interface CompanySeen {
  key: string;
  name: string;
  eventIds: number[];
  links: string[];
}

interface PersonSeen {
  name: string;
  companies: Array<string | null>;
  eventIds: number[];
}

/**
 * The companies events talk about, once each. An acquisition names two companies
 * in one article, so its links are not evidence of either one's domain.
 */
function companiesIn(events: readonly StoredEvent[]): CompanySeen[] {
  const seen = new Map<string, CompanySeen>();
  const add = (name: string | null, key: string | null, id: number, links: string[]) => {
    const k = key ?? companyKey(name);
    if (!k || !name) return;
    const s = seen.get(k) ?? { key: k, name, eventIds: [], links: [] };
    if (!s.eventIds.includes(id)) s.eventIds.push(id);
    for (const l of links) if (!s.links.includes(l)) s.links.push(l);
    seen.set(k, s);
  };
  for (const e of events) {
    const links = e.type === 'acquisition' ? [] : e.sources.map((s) => s.link).filter((l): l is string => !!l);
    add(e.company, e.companyKey, e.id, links);
    if (e.target) add(e.target, null, e.id, []);
  }
  return [...seen.values()];
}

function peopleIn(events: readonly StoredEvent[]): PersonSeen[] {
  const seen = new Map<string, PersonSeen>();
  for (const e of events) {
    if (!e.person) continue;
    const k = `${e.person.toLowerCase()}@${e.companyKey ?? ''}`;
    const s = seen.get(k) ?? { name: e.person, companies: [e.company, e.previousCompany], eventIds: [] };
    if (!s.eventIds.includes(e.id)) s.eventIds.push(e.id);
    seen.set(k, s);
  }
  return [...seen.values()];
}

const asAccount = (c: CompanyResolution['candidates'][number]): ReviewCandidate => ({
  kind: 'account',
  id: c.account.id,
  name: c.account.name,
  confidence: c.confidence,
  reason: c.reason,
});

const asContact = (p: PersonCandidate): ReviewCandidate => ({
  kind: 'contact',
  id: p.contact.id,
  name: p.contact.company ? `${p.contact.fullName} (${p.contact.company})` : p.contact.fullName,
  confidence: p.confidence,
  reason: `${p.level}: ${p.reason}`,
});

/** Below this a near match is noise, not a question worth a rep's time. */
const REVIEW_FLOOR = 0.3;

function companyItems(c: CompanySeen, accounts: readonly Account[]): { res: CompanyResolution; item: ReviewItem | null } {
  const res = resolveCompany({ name: c.name, key: c.key, links: c.links }, accounts);
  const near = res.candidates.filter((x) => x.confidence >= REVIEW_FLOOR);
  if (!res.link && near.length) {
    const domainHit = near.find((x) => x.method === 'domain');
    return {
      res,
      item: {
        kind: domainHit ? 'company_domain_conflict' : 'company_near_match',
        subject: c.name,
        detail: domainHit
          ? `"${c.name}" is not linked to an account: ${domainHit.reason}`
          : `"${c.name}" is not linked to an account; it nearly matches ${near.map((x) => `"${x.account.name}"`).join(', ')}`,
        eventIds: c.eventIds,
        candidates: near.map(asAccount),
      },
    };
  }
  // Another account with the linked account's own domain is an accounts_share_domain item already.
  const link = res.link;
  const otherDomain = link
    ? near.filter((x) => x.method === 'domain' && x.account.id !== link.account.id && x.account.domain !== link.account.domain)
    : [];
  if (link && otherDomain.length) {
    return {
      res,
      item: {
        kind: 'company_domain_conflict',
        subject: c.name,
        detail: `"${c.name}" is linked to account "${link.account.name}" (${link.reason}), but ${otherDomain[0]!.reason}`,
        eventIds: c.eventIds,
        candidates: [asAccount(link), ...otherDomain.map(asAccount)],
      },
    };
  }
  return { res, item: null };
}

function personItem(p: PersonSeen, contacts: readonly Contact[]): { matches: PersonCandidate[]; item: ReviewItem | null } {
  const matches = matchPerson(p.name, { companies: p.companies }, contacts);
  const high = matches.filter((m) => m.level === 'high');
  if (matches.length === 0 || high.length === 1) return { matches, item: null };
  const shown = matches.slice(0, 5);
  const detail =
    high.length > 1
      ? `${high.length} contacts could be "${p.name}" — pick the right one before trusting the warm path`
      : `"${p.name}" only ${shown[0]!.level === 'medium' ? 'partly' : 'loosely'} matches your contacts — not counted as a connection`;
  return { matches, item: { kind: 'person_weak_match', subject: p.name, detail, eventIds: p.eventIds, candidates: shown.map(asContact) } };
}

function sharedDomains(accounts: readonly Account[]): ReviewItem[] {
  const byDomain = new Map<string, Account[]>();
  for (const a of accounts) if (a.domain) byDomain.set(a.domain, [...(byDomain.get(a.domain) ?? []), a]);
  return [...byDomain.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([domain, list]) => ({
      kind: 'accounts_share_domain' as const,
      subject: domain,
      detail: `${list.length} accounts share the domain ${domain}: ${list.map((a) => `"${a.name}"`).join(', ')} — merge them in your CRM or fix a website`,
      eventIds: [],
      candidates: list.map((a) => ({ kind: 'account' as const, id: a.id, name: a.name, confidence: 1, reason: `domain ${domain}` })),
    }));
}

const KIND_ORDER: ReviewKind[] = ['company_domain_conflict', 'company_near_match', 'person_weak_match', 'accounts_share_domain'];

/** Every ambiguous identity the rep should check, instead of a silent merge or drop. */
export function buildReview(events: readonly StoredEvent[], accounts: readonly Account[], contacts: readonly Contact[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const c of companiesIn(events)) {
    const { item } = companyItems(c, accounts);
    if (item) items.push(item);
  }
  for (const p of peopleIn(events)) {
    const { item } = personItem(p, contacts);
    if (item) items.push(item);
  }
  items.push(...sharedDomains(accounts));
  return items.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.subject.localeCompare(b.subject));
}

export interface ResolutionSummary {
  companies: { total: number; linked: number; byKey: number; byDomain: number; byName: number; review: number; unmatched: number };
  people: { total: number; connections: number; review: number; unknown: number };
  sharedDomains: number;
}

/** How well events line up with the rep's accounts and contacts, for `signals resolve`. */
export function summarizeResolution(events: readonly StoredEvent[], accounts: readonly Account[], contacts: readonly Contact[]): ResolutionSummary {
  const s: ResolutionSummary = {
    companies: { total: 0, linked: 0, byKey: 0, byDomain: 0, byName: 0, review: 0, unmatched: 0 },
    people: { total: 0, connections: 0, review: 0, unknown: 0 },
    sharedDomains: sharedDomains(accounts).length,
  };
  for (const c of companiesIn(events)) {
    s.companies.total++;
    const { res, item } = companyItems(c, accounts);
    if (res.link) {
      s.companies.linked++;
      if (res.link.method === 'key') s.companies.byKey++;
      else if (res.link.method === 'domain') s.companies.byDomain++;
      else s.companies.byName++;
    }
    if (item) s.companies.review++;
    else if (!res.link) s.companies.unmatched++;
  }
  for (const p of peopleIn(events)) {
    s.people.total++;
    const { matches, item } = personItem(p, contacts);
    if (item) s.people.review++;
    else if (matches.some((m) => m.level === 'high')) s.people.connections++;
    else s.people.unknown++;
  }
  return s;
}

/** snake_case JSON for `signals resolve --review --json`. */
export function reviewItemToJson(i: ReviewItem): Record<string, unknown> {
  return {
    kind: i.kind,
    subject: i.subject,
    detail: i.detail,
    event_ids: i.eventIds,
    candidates: i.candidates.map((c) => ({ kind: c.kind, id: c.id, name: c.name, confidence: Math.round(c.confidence * 100) / 100, reason: c.reason })),
  };
}

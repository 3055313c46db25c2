import type { Account, BreakdownLine, Contact, Prospect, StoredEvent, WarmPath } from '../types.js';
import type { RuleSet } from '../rules/types.js';
import { describeEvent } from '../util/describe-event.js';
import { domainFromLinks, slugify } from './domain.js';
import { exclusions } from './exclusions.js';
import { fitLines } from './fit.js';
import { triggerHits, type TriggerHit } from './triggers.js';
import { ageDays, round1 } from './decay.js';

export type FindWarmPaths = (
  target: { companyKey: string; person: string | null; previousCompany: string | null },
  contacts: Contact[],
) => WarmPath[];

export interface ScoreInput {
  events: StoredEvent[];
  accounts: Account[];
  contacts: Contact[];
  rules: RuleSet;
  now: Date;
  findWarmPaths: FindWarmPaths;
  /** Prospect id → when it was exported or contacted; cooling-down prospects are left out. */
  contacted?: ReadonlyMap<string, string>;
}

const RELATION_TEXT: Record<WarmPath['relation'], string> = {
  person_is_connection: 'warmth: person is a connection',
  connection_at_company: 'warmth: connection at the company',
  former_colleague: 'warmth: former colleague',
};

const LEGAL_TAIL = /[\s,]+(inc|incorporated|llc|ltd|limited|plc|gmbh|ag|corp|corporation|co)\.?$/i;

/** The name most sources use (ties: the most recent event's spelling). */
function displayName(events: StoredEvent[], account: Account | null): string {
  if (account) return account.name;
  const counts = new Map<string, number>();
  for (const e of events) if (e.company) counts.set(e.company, (counts.get(e.company) ?? 0) + e.sources.length + 1);
  let best = '';
  let n = -1;
  for (const [name, c] of counts) if (c > n) (best = name), (n = c);
  return best;
}

/**
 * Rank companies for the rep: fit + decayed triggers + warmth + a capped bonus
 * for several independent triggers, clamped to 0–100. Pure: everything it needs
 * comes in as data, and every point it gives is a breakdown line.
 */
export function scoreProspects(input: ScoreInput): Prospect[] {
  const { rules, now } = input;
  const exclude = exclusions(rules);
  const byKey = new Map<string, Account>();
  const byDomain = new Map<string, Account>();
  for (const a of input.accounts) {
    byKey.set(a.key, a);
    if (a.domain) byDomain.set(a.domain.toLowerCase().replace(/^www\./, ''), a);
  }
  const contactsById = new Map(input.contacts.map((c) => [c.id, c]));

  const groups = new Map<string, StoredEvent[]>();
  for (const e of input.events) {
    if (!e.companyKey) continue;
    const g = groups.get(e.companyKey) ?? [];
    g.push(e);
    groups.set(e.companyKey, g);
  }

  const scored: Array<{ p: Prospect; top: number }> = [];
  for (const key of [...groups.keys()].sort()) {
    const events = groups.get(key)!.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id - a.id);
    const hits = triggerHits(events, rules, now);
    const counted = hits.filter((h) => h.counted && h.line.value > 0);
    if (counted.length === 0) continue;

    const guessName = displayName(events, null);
    const linkDomain = domainFromLinks(events.flatMap((e) => e.sources.map((s) => s.link)), guessName);
    const account = byKey.get(key) ?? (linkDomain ? byDomain.get(linkDomain) : undefined) ?? null;
    const company = displayName(events, account);
    const domain = account?.domain?.toLowerCase().replace(/^www\./, '') || linkDomain;
    if (exclude.company(key, domain, account)) continue;

    const lines: BreakdownLine[] = fitLines(rules.icp, { company, domain, account, events });
    lines.push(...hits.map((h) => h.line));

    const person = pickPerson(counted, exclude.person);
    const paths = input.findWarmPaths({ companyKey: key, person: person?.event.person ?? null, previousCompany: person?.event.previousCompany ?? null }, input.contacts)
      .filter((p) => !exclude.person(p.contact));
    const warm = bestPath(paths, rules);
    if (warm) {
      const pts = rules.warmth[warm.relation];
      lines.push({ rule: RELATION_TEXT[warm.relation], event_id: person?.event.id ?? null, source_link: null, points: pts, decay: 1, value: pts, why: warmWhy(warm, contactsById.get(warm.contactId), company, person?.event ?? null) });
    }

    const extra = counted.length - 1;
    if (extra > 0 && rules.multiTriggerBonus.perExtraTrigger > 0) {
      const pts = extra * rules.multiTriggerBonus.perExtraTrigger;
      const value = Math.min(pts, rules.multiTriggerBonus.max);
      lines.push({
        rule: 'bonus: several triggers', event_id: null, source_link: null, points: pts, decay: 1, value,
        why: `${counted.length} independent triggers (${counted.map((h) => h.trigger.name).join(', ')}): ${extra} extra × ${rules.multiTriggerBonus.perExtraTrigger}${value < pts ? `, capped at ${rules.multiTriggerBonus.max}` : ''}`,
      });
    }

    const total = round1(lines.reduce((s, l) => s + l.value, 0));
    const topHit = counted[0]!;
    let contactName = person?.event.person ?? null;
    let title = person?.event.title ?? null;
    if (!person && warm && warm.relation === 'connection_at_company') {
      contactName = warm.contact;
      title = contactsById.get(warm.contactId)?.position ?? null;
    }
    scored.push({
      top: topHit.line.value,
      p: {
        id: slugify(company.replace(LEGAL_TAIL, '')),
        company,
        companyKey: key,
        domain: domain ?? null,
        person: contactName,
        title,
        score: Math.round(Math.min(100, Math.max(0, total))),
        breakdown: lines,
        warmPath: warm,
        topTrigger: {
          event_id: topHit.event.id,
          type: topHit.event.type,
          summary: describeEvent(topHit.event),
          occurred_at: topHit.event.occurredAt,
          link: topHit.line.source_link,
        },
        eventIds: events.filter((e) => ageDays(e.occurredAt, now) <= rules.recency.maxAgeDays).map((e) => e.id),
      },
    });
  }

  uniqueIds(scored.map((s) => s.p));
  const cooldownMs = rules.cooldownDays * 86_400_000;
  const firstSeen = new Map(input.events.map((e) => [e.id, e.createdAt]));
  return scored
    .filter(({ p }) => {
      const at = input.contacted?.get(p.id);
      if (!at || cooldownMs <= 0 || now.getTime() - Date.parse(at) >= cooldownMs) return true;
      // A trigger that arrived after the export is a new reason to call: the cool-down ends.
      return p.eventIds.some((id) => (firstSeen.get(id) ?? '') > at);
    })
    .sort((a, b) => b.p.score - a.p.score || b.top - a.top || a.p.company.localeCompare(b.p.company))
    .map((s) => s.p);
}

/** The job change whose person to approach: the most valuable one not on the do-not-contact list. */
function pickPerson(counted: TriggerHit[], doNotContact: (name: string) => boolean): TriggerHit | null {
  return counted.find((h) => (h.event.type === 'job_change') && h.event.person && !doNotContact(h.event.person)) ?? null;
}

/** The path worth the most under this rule file; ties keep the resolver's order (best first). */
function bestPath(paths: WarmPath[], rules: RuleSet): WarmPath | null {
  let best: WarmPath | null = null;
  for (const p of paths) if (!best || rules.warmth[p.relation] > rules.warmth[best.relation]) best = p;
  return best && rules.warmth[best.relation] > 0 ? best : null;
}

function warmWhy(path: WarmPath, contact: Contact | undefined, company: string, event: StoredEvent | null): string {
  const person = event?.person ?? null;
  const since = contact?.connectedOn ? `, connected ${contact.connectedOn.slice(0, 10)}` : '';
  const role = contact?.position ? ` (${contact.position}${contact.company ? ` at ${contact.company}` : ''})` : '';
  switch (path.relation) {
    case 'person_is_connection':
      return `${person ?? path.contact} is your 1st-degree connection${since} — ${path.detail}`;
    case 'connection_at_company':
      return `${path.contact}${role} works at ${company}${since} — ${path.detail}`;
    case 'former_colleague':
      return `${path.contact}${role} also worked at ${event?.previousCompany ?? 'a company'} ${person ? `with ${person}` : ''}${since} — ${path.detail}`.replace(/ +/g, ' ').replace(' ,', ',');
  }
}

/** Two companies that slug alike keep distinct ids (-2, -3 in company-key order). */
function uniqueIds(ps: Prospect[]): void {
  const seen = new Map<string, number>();
  for (const p of ps) {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    if (n > 1) p.id = `${p.id}-${n}`;
  }
}


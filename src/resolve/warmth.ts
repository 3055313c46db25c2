import type { Contact, WarmPath } from '../types.js';
import { companyKey } from './company-key.js';
import { matchPerson } from './person.js';
import { titleRank } from './title-rank.js';

export interface WarmTarget {
  companyKey: string;
  person: string | null;
  previousCompany: string | null;
}

/** Who to ask first: the most senior, then the most recently connected (fresher relationship). */
function byInfluence(a: Contact, b: Contact): number {
  return (
    titleRank(a.position) - titleRank(b.position) ||
    (b.connectedOn ?? '').localeCompare(a.connectedOn ?? '') ||
    a.fullName.localeCompare(b.fullName)
  );
}

function role(c: Contact): string {
  if (c.position && c.company) return `${c.position} at ${c.company}`;
  return c.position ?? c.company ?? 'no current role on file';
}

/**
 * Ways into a target through the rep's own connections, best first:
 * the person in the event is a connection; a connection works at the company;
 * a connection works at the person's previous company (a former colleague).
 * Only high-confidence person matches count as "is a connection" — weaker ones
 * are for `signals resolve --review`, not for telling a rep they know someone.
 */
export function findWarmPaths(target: WarmTarget, contacts: readonly Contact[]): WarmPath[] {
  const paths: WarmPath[] = [];
  const used = new Set<number>();

  if (target.person) {
    const found = matchPerson(target.person, { companies: [target.previousCompany], companyKeys: [target.companyKey] }, contacts)
      .filter((m) => m.level === 'high')
      .map((m) => m.contact)
      .sort(byInfluence);
    for (const c of found) {
      if (used.has(c.id)) continue;
      used.add(c.id);
      paths.push({
        contact: c.fullName,
        contactId: c.id,
        relation: 'person_is_connection',
        degree: 1,
        detail: `${c.fullName} is your 1st-degree connection (${role(c)})`,
      });
    }
  }

  const colleagues = contacts.filter((c) => c.companyKey === target.companyKey && !used.has(c.id)).sort(byInfluence);
  for (const c of colleagues) {
    used.add(c.id);
    paths.push({ contact: c.fullName, contactId: c.id, relation: 'connection_at_company', degree: 1, detail: `via ${c.fullName}, 1st (${role(c)})` });
  }

  const prevKey = target.person ? companyKey(target.previousCompany) : null;
  if (prevKey && prevKey !== target.companyKey) {
    const former = contacts.filter((c) => c.companyKey === prevKey && !used.has(c.id)).sort(byInfluence);
    for (const c of former) {
      used.add(c.id);
      paths.push({
        contact: c.fullName,
        contactId: c.id,
        relation: 'former_colleague',
        degree: 1,
        detail: `via ${c.fullName}, 1st (${role(c)}; worked alongside ${target.person} at ${target.previousCompany})`,
      });
    }
  }
  return paths;
}

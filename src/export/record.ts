import type { Contact } from '../types.js';
import type { ProspectRow } from '../store/prospects.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { domainUrl, safeLink } from '../digest/common.js';
import { splitName } from './names.js';

/** One prospect as every preset sees it: plain fields, nothing CRM-specific. */
export interface ExportRecord {
  prospectId: string;
  rank: number | null;
  score: number;
  firstName: string;
  lastName: string;
  fullName: string;
  jobTitle: string;
  email: string; // only a known contact's address, never guessed
  company: string;
  domain: string;
  website: string; // https://domain when the domain looks like one
  trigger: string; // one-line summary of the top trigger
  triggerType: string;
  triggerDate: string; // ISO 8601 calendar date (YYYY-MM-DD)
  sourceUrl: string; // http(s) only
  warmPath: string;
  warmContact: string;
  scoreReasons: string; // "Series A/B raised +28; fit: industry +10"
  firstSeenAt: string;
  updatedAt: string;
}

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[a-z]{2,}$/i;

/**
 * The address to put in the Email column: the prospect's own person when the
 * rep is connected to them (the warm path names the contact), else a contact
 * with the same name at the same company. Several candidates, or none: empty.
 */
export function emailFor(p: ProspectRow, contacts: readonly Contact[]): string {
  const valid = (e: string | null | undefined) => (e && EMAIL.test(e.trim()) ? e.trim() : '');
  if (p.warmPath?.relation === 'person_is_connection') {
    const c = contacts.find((x) => x.id === p.warmPath!.contactId);
    if (c && valid(c.email)) return valid(c.email);
  }
  const key = personKey(p.person);
  if (!key) return '';
  const ck = p.companyKey || companyKey(p.company);
  const emails = new Set(
    contacts
      .filter((c) => (c.nameKey || personKey(c.fullName)) === key && ck && (c.companyKey ?? companyKey(c.company)) === ck)
      .map((c) => valid(c.email))
      .filter(Boolean),
  );
  return emails.size === 1 ? [...emails][0]! : '';
}

function reasons(p: ProspectRow): string {
  return p.breakdown
    .filter((b) => Math.round(b.value) !== 0)
    .map((b) => `${b.rule} ${b.value >= 0 ? '+' : ''}${Math.round(b.value)}`)
    .join('; ');
}

export function toExportRecord(p: ProspectRow, contacts: readonly Contact[]): ExportRecord {
  const name = splitName(p.person);
  const t = p.topTrigger;
  const date = t?.occurred_at && Number.isFinite(Date.parse(t.occurred_at)) ? new Date(t.occurred_at).toISOString().slice(0, 10) : '';
  return {
    prospectId: p.id,
    rank: p.rank ?? null,
    score: p.score,
    firstName: name.first,
    lastName: name.last,
    fullName: p.person ?? '',
    jobTitle: p.title ?? '',
    email: emailFor(p, contacts),
    company: p.company,
    domain: p.domain ?? '',
    website: domainUrl(p.domain) ?? '',
    trigger: t?.summary ?? '',
    triggerType: t?.type ?? '',
    triggerDate: date,
    sourceUrl: safeLink(t?.link) ?? '',
    warmPath: p.warmPath?.detail ?? '',
    warmContact: p.warmPath?.contact ?? '',
    scoreReasons: reasons(p),
    firstSeenAt: p.firstSeenAt,
    updatedAt: p.updatedAt,
  };
}

import type { Digest } from './build.js';

/** "2026-11-22 07:00 UTC": one zone for cron logs, mail and tests alike. */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The one line an empty digest prints. */
export function nothingNew(d: Digest): string {
  return `nothing new since ${formatUtc(d.since)}`;
}

/** That line when the digest is empty, else null. */
export function isEmptyLine(d: Digest): string | null {
  return d.prospects.length === 0 && d.eventCount === 0 ? nothingNew(d) : null;
}

/**
 * A link fit to put in front of a reader: http(s) only (no javascript:, data:,
 * file:), normalised by the URL parser, or null.
 */
export function safeLink(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.username || u.password) return null; // "https://bank.com@evil.example/" look-alikes
    return u.href;
  } catch {
    return null;
  }
}

/** The company's site from a bare domain, when it looks like one. */
export function domainUrl(domain: string | null | undefined): string | null {
  if (!domain || !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain.trim())) return null;
  return safeLink(`https://${domain.trim().toLowerCase()}`);
}

export function scoreText(score: number): string {
  return String(Math.round(score));
}

/** "new" or "↑ from 61". */
export function changeText(p: { change: 'new' | 'risen'; previousScore: number | null }): string {
  return p.change === 'new' || p.previousScore === null ? 'new' : `up from ${Math.round(p.previousScore)}`;
}

export function headline(d: Digest): string {
  const n = d.prospects.length;
  const e = d.eventCount;
  return `${n} new or risen prospect${n === 1 ? '' : 's'}, ${e} new event${e === 1 ? '' : 's'} since ${formatUtc(d.since)}`;
}

/** Person and title as one phrase: "Marcus Chen, VP of Sales". */
export function personLine(p: { person: string | null; title: string | null }): string {
  return [p.person, p.title].filter(Boolean).join(', ');
}

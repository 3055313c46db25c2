import type { EventType, StoredEvent } from '../types.js';
import type { ProspectRow } from '../store/prospects.js';
import { describeEvent } from '../util/describe-event.js';
import { age } from '../util/duration.js';

export interface DigestTrigger {
  type: EventType;
  summary: string;
  occurredAt: string;
  age: string; // "3d"
  link: string | null;
}

export interface DigestProspect {
  id: string;
  rank: number | null;
  company: string;
  domain: string | null;
  person: string | null;
  title: string | null;
  score: number;
  previousScore: number | null;
  change: 'new' | 'risen';
  trigger: DigestTrigger | null;
  warmPath: string | null;
}

export interface DigestSource {
  feed: string;
  title: string;
  link: string | null;
}

export interface DigestEvent {
  id: number;
  type: EventType;
  company: string | null;
  summary: string;
  occurredAt: string;
  age: string;
  sources: DigestSource[];
}

export interface DigestGroup {
  type: EventType;
  label: string;
  events: DigestEvent[];
}

export interface Digest {
  since: string; // ISO: everything strictly after this is new
  generatedAt: string; // ISO: the next --since-last digest starts here
  prospects: DigestProspect[];
  groups: DigestGroup[];
  eventCount: number;
}

const GROUP_ORDER: EventType[] = ['funding', 'job_change', 'acquisition', 'departure'];
const GROUP_LABEL: Record<string, string> = {
  funding: 'Funding',
  job_change: 'Job changes',
  acquisition: 'Acquisitions',
  departure: 'Departures',
};

export function groupLabel(type: string): string {
  return GROUP_LABEL[type] ?? type.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Timestamps compare as instants, not strings, so "Z" and "+00:00" forms agree. */
const after = (iso: string | null | undefined, since: number) => Boolean(iso) && Date.parse(iso!) > since;

/**
 * What is new since `since`: prospects first seen after it or whose score rose
 * after it (best first), then events first stored after it, grouped by type
 * (newest first within a type). Pure: the caller loads rows and owns the clock.
 */
export function buildDigest(data: { prospects: readonly ProspectRow[]; events: readonly StoredEvent[]; since: string; now: Date }): Digest {
  const since = Date.parse(data.since);
  const nowMs = data.now.getTime();

  const prospects: DigestProspect[] = [];
  for (const p of data.prospects) {
    const isNew = after(p.firstSeenAt, since);
    const risen = !isNew && after(p.updatedAt, since) && p.previousScore !== null && p.score > p.previousScore;
    if (!isNew && !risen) continue;
    const t = p.topTrigger;
    prospects.push({
      id: p.id,
      rank: p.rank ?? null,
      company: p.company,
      domain: p.domain,
      person: p.person,
      title: p.title,
      score: p.score,
      previousScore: p.previousScore,
      change: isNew ? 'new' : 'risen',
      trigger: t ? { type: t.type, summary: t.summary, occurredAt: t.occurred_at, age: age(t.occurred_at, nowMs), link: t.link } : null,
      warmPath: p.warmPath ? p.warmPath.detail : null,
    });
  }
  prospects.sort((a, b) => b.score - a.score || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.company.localeCompare(b.company));

  const byType = new Map<EventType, DigestEvent[]>();
  for (const e of data.events) {
    if (!after(e.createdAt, since)) continue;
    const list = byType.get(e.type) ?? [];
    list.push({
      id: e.id,
      type: e.type,
      company: e.company,
      summary: describeEvent(e),
      occurredAt: e.occurredAt,
      age: age(e.occurredAt, nowMs),
      sources: e.sources.map((s) => ({ feed: s.feed, title: s.title, link: s.link })),
    });
    byType.set(e.type, list);
  }
  const types = [...byType.keys()].sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
  const groups = types.map((type) => ({
    type,
    label: groupLabel(type),
    events: byType.get(type)!.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || b.id - a.id),
  }));

  return {
    since: new Date(since).toISOString(),
    generatedAt: data.now.toISOString(),
    prospects,
    groups,
    eventCount: groups.reduce((n, g) => n + g.events.length, 0),
  };
}

function rankOf(t: EventType): number {
  const i = GROUP_ORDER.indexOf(t);
  return i < 0 ? GROUP_ORDER.length : i;
}

export function isEmptyDigest(d: Digest): boolean {
  return d.prospects.length === 0 && d.eventCount === 0;
}

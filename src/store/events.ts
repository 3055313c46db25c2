import type { DB } from './db.js';
import type { EventSource, EventType, ExtractedEvent, StoredEvent } from '../types.js';
import { companyKey, personKey } from '../resolve/company-key.js';
import { sameEvent, SAME_EVENT_WINDOW_DAYS, type MergeLike } from '../extract/merge.js';


interface EventRow {
  id: number;
  type: EventType;
  company: string | null;
  company_key: string | null;
  person_key: string | null;
  data: string;
  confidence: number;
  occurred_at: string;
  created_at: string;
}

interface SourceRow {
  event_id: number;
  item_id: number;
  title: string | null;
  link: string | null;
  published_at: string | null;
  feed_name: string | null;
  feed_url: string;
}

export interface MergeCandidate extends ExtractedEvent {
  companyKey: string | null;
  personKey: string | null;
  occurredAt: string;
}

function rowToCandidate(r: EventRow): MergeCandidate & { id: number } {
  const data = JSON.parse(r.data) as ExtractedEvent;
  return { ...data, id: r.id, companyKey: r.company_key, personKey: r.person_key, occurredAt: r.occurred_at };
}

/** Fill what the stored event lacks from a new report of the same event; never drop facts. */
function mergeFields(a: ExtractedEvent, b: ExtractedEvent): ExtractedEvent {
  const pick = <K extends keyof ExtractedEvent>(k: K): ExtractedEvent[K] => (a[k] ?? b[k]) as ExtractedEvent[K];
  const union = (x: string[], y: string[]) => {
    const seen = new Set(x.map((s) => s.toLowerCase()));
    return [...x, ...y.filter((s) => !seen.has(s.toLowerCase()))];
  };
  // The more confident report wins on conflicting scalars; the other fills gaps.
  const [hi, lo] = b.confidence > a.confidence ? [b, a] : [a, b];
  const merged: ExtractedEvent = { ...lo, ...Object.fromEntries(Object.entries(hi).filter(([, v]) => v !== null && v !== undefined)) } as ExtractedEvent;
  merged.investors = union(hi.investors, lo.investors);
  merged.leadInvestors = union(hi.leadInvestors, lo.leadInvestors);
  merged.roundQualifier = pick('roundQualifier');
  // Independent sources agreeing make the event more believable.
  merged.confidence = Math.min(1, Math.max(a.confidence, b.confidence) + 0.05);
  return merged;
}

export interface EventWriter {
  /** Record the events found in one stored item; returns how many were new (not merged). */
  add(itemId: number, occurredAt: string, fetchedAt: string, events: ExtractedEvent[]): number;
  /** Forget what this writer remembers of stored events (after the caller's transaction rolled back). */
  reset(): void;
}

type Light = MergeLike & { id: number };

/**
 * Statements for writing events; call inside the caller's transaction.
 *
 * Merge look-ups go through an in-memory index of the events this writer has read or
 * written, grouped by company and by person: a first scan looks up tens of thousands of
 * events, and one SQL query each was a large share of its time. A group is read from
 * SQLite the first time it is needed and kept up to date by this writer's own inserts
 * and merges, so it always matches what the transaction sees.
 */
export function eventWriter(db: DB, opts: { maxRemembered?: number } = {}): EventWriter {
  const cols = `id, type, company_key AS companyKey, person_key AS personKey, occurred_at AS occurredAt,
    round, amount_usd AS amountUsd, target, title`;
  const byCompany = db.prepare(`SELECT ${cols} FROM events WHERE type = ? AND company_key = ?`);
  const byPersonAt = db.prepare(`SELECT ${cols} FROM events WHERE type = ? AND person_key = ? AND company_key = ?`);
  const byPersonNowhere = db.prepare(`SELECT ${cols} FROM events WHERE type = ? AND person_key = ? AND company_key IS NULL`);
  const byPersonInWindow = db.prepare(`SELECT ${cols} FROM events WHERE type = ? AND person_key = ? AND occurred_at BETWEEN ? AND ?`);
  const full = db.prepare('SELECT * FROM events WHERE id = ?');
  const groups = new Map<string, Light[]>();
  const SEP = '\u0000';
  const companyGroup = (type: string, ck: string) => `c${SEP}${type}${SEP}${ck}`;
  const personGroup = (type: string, pk: string, ck: string | null) => `p${SEP}${type}${SEP}${pk}${SEP}${ck ?? ''}`;
  // Every group that has an event in the database (or written by this writer): a group not
  // in here is empty, and a scan mostly meets companies it has never stored, so most
  // look-ups need no query at all.
  const known = new Set<string>();
  for (const [type, ck] of db.prepare('SELECT DISTINCT type, company_key FROM events WHERE company_key IS NOT NULL').raw().iterate() as Iterable<[string, string]>)
    known.add(companyGroup(type, ck));
  for (const [type, pk, ck] of db.prepare('SELECT DISTINCT type, person_key, company_key FROM events WHERE person_key IS NOT NULL').raw().iterate() as Iterable<[string, string, string | null]>)
    known.add(personGroup(type, pk, ck));
  // Bounded: past this many remembered groups and events the index starts over (and re-reads
  // what it needs). A first scan of 100k items meets ~70k events; re-reading evicted groups
  // from SQLite was a fifth of its main-thread time at a 10k bound, and at 60k the scan's peak
  // memory reached 300 MB; at 30k it is 275 MB with the same throughput.
  const MAX_REMEMBERED = opts.maxRemembered ?? 30_000;
  let remembered = 0;
  // Every event of a group repeats the group's keys, and many share a date or a title: one
  // copy of each string keeps the index at roughly a third of the memory.
  const pool = new Map<string, string>();
  const intern = <T extends string | null | undefined>(v: T): T => {
    if (typeof v !== 'string') return v;
    const have = pool.get(v);
    if (have !== undefined) return have as T;
    pool.set(v, v);
    return v;
  };
  const compact = (l: Light): Light => {
    l.companyKey = intern(l.companyKey);
    l.personKey = intern(l.personKey);
    l.occurredAt = intern(l.occurredAt);
    l.round = intern(l.round);
    l.title = intern(l.title);
    l.target = intern(l.target);
    return l;
  };
  const load = (key: string, read: () => unknown[]): Light[] => {
    let g = groups.get(key);
    if (!g) {
      if (remembered > MAX_REMEMBERED) reset();
      groups.set(key, (g = known.has(key) ? (read() as Light[]).map(compact) : []));
      remembered += g.length + 1;
    }
    return g;
  };
  const reset = () => {
    groups.clear();
    pool.clear();
    remembered = 0;
  };
  const windowMs = SAME_EVENT_WINDOW_DAYS * 86_400_000;
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  // The order SQLite's indexes returned them in: by company (none first), then date.
  const byIndexOrder = (a: Light, b: Light) => cmp(a.companyKey ?? '', b.companyKey ?? '') || cmp(a.occurredAt, b.occurredAt) || a.id - b.id;
  const candidates = (type: string, ck: string | null, pk: string | null, lo: string, hi: string): Light[] => {
    const inWindow = (c: Light) => c.occurredAt >= lo && c.occurredAt <= hi;
    let found: Light[];
    if (pk && (type === 'job_change' || type === 'departure')) {
      // A person's move matches reports at the same company or with the company missing (sameEvent).
      if (!ck) return byPersonInWindow.all(type, pk, lo, hi) as Light[];
      found = [
        ...load(personGroup(type, pk, null), () => byPersonNowhere.all(type, pk)),
        ...load(personGroup(type, pk, ck), () => byPersonAt.all(type, pk, ck)),
      ].filter(inWindow);
    } else if (ck) {
      found = load(companyGroup(type, ck), () => byCompany.all(type, ck)).filter(inWindow);
    } else return [];
    return found.length > 1 ? found.sort(byIndexOrder) : found;
  };
  const remember = (l: Light) => {
    // Only groups already read need the new event; the others will read it from SQLite.
    const ckey = l.companyKey ? companyGroup(l.type, l.companyKey) : null;
    const pkey = l.personKey ? personGroup(l.type, l.personKey, l.companyKey) : null;
    if (ckey) known.add(ckey);
    if (pkey) known.add(pkey);
    const c = ckey ? groups.get(ckey) : undefined;
    const p = pkey ? groups.get(pkey) : undefined;
    if (c || p) compact(l);
    c?.push(l);
    p?.push(l);
    if (c || p) remembered++;
  };
  const insert = db.prepare(
    `INSERT INTO events (type, company, company_key, person_key, round, amount_usd, target, title, data, confidence, occurred_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    'UPDATE events SET company = ?, round = ?, amount_usd = ?, target = ?, title = ?, data = ?, confidence = ?, occurred_at = ?, updated_at = ? WHERE id = ?',
  );
  const link = db.prepare('INSERT OR IGNORE INTO event_sources (event_id, item_id) VALUES (?, ?)');

  return {
    add(itemId, occurredAt, fetchedAt, events) {
      let created = 0;
      const t = Date.parse(occurredAt);
      const lo = new Date(t - windowMs).toISOString();
      const hi = new Date(t + windowMs).toISOString();
      for (const e of events) {
        const ck = companyKey(e.company);
        const pk = personKey(e.person);
        const incoming: MergeCandidate = { ...e, companyKey: ck, personKey: pk, occurredAt };
        const hit = candidates(e.type, ck, pk, lo, hi).find((c) => sameEvent(c, incoming));
        if (hit) {
          const { id, companyKey: _c, personKey: _p, occurredAt: prevAt, ...prev } = rowToCandidate(full.get(hit.id) as EventRow);
          const merged = mergeFields(prev, e);
          const earliest = prevAt < occurredAt ? prevAt : occurredAt;
          update.run(merged.company, merged.round, merged.amountUsd, merged.target, merged.title, JSON.stringify(merged), merged.confidence, earliest, fetchedAt, id);
          link.run(id, itemId);
          compact(Object.assign(hit, { round: merged.round, amountUsd: merged.amountUsd, target: merged.target, title: merged.title, occurredAt: earliest }));
          if (!ck) {
            // Read straight from SQLite, not from a group: the groups holding it re-read it when next needed.
            if (hit.companyKey) groups.delete(companyGroup(hit.type, hit.companyKey));
            if (hit.personKey) groups.delete(personGroup(hit.type, hit.personKey, hit.companyKey));
          }
        } else {
          const info = insert.run(e.type, e.company, ck, pk, e.round, e.amountUsd, e.target, e.title, JSON.stringify(e), e.confidence, occurredAt, fetchedAt, fetchedAt);
          const id = Number(info.lastInsertRowid);
          link.run(id, itemId);
          remember({ id, type: e.type, companyKey: ck, personKey: pk, occurredAt, round: e.round, amountUsd: e.amountUsd, target: e.target, title: e.title });
          created++;
        }
      }
      return created;
    },
    reset,
  };
}

export interface EventQuery {
  type?: EventType;
  sinceIso?: string; // occurred at or after
  createdSinceIso?: string; // first seen by us at or after (digests)
  companyKey?: string;
  companyLike?: string; // substring of the company name, case-insensitive
  limit?: number;
  ids?: number[];
}

export function listEvents(db: DB, q: EventQuery = {}): StoredEvent[] {
  const where: string[] = [];
  const args: Array<string | number> = [];
  if (q.type) (where.push('type = ?'), args.push(q.type));
  if (q.sinceIso) (where.push('occurred_at >= ?'), args.push(q.sinceIso));
  if (q.createdSinceIso) (where.push('created_at >= ?'), args.push(q.createdSinceIso));
  if (q.companyKey) (where.push('company_key = ?'), args.push(q.companyKey));
  if (q.companyLike) {
    where.push("(lower(company) LIKE ? OR lower(coalesce(json_extract(data, '$.target'), '')) LIKE ?)");
    const like = `%${q.companyLike.toLowerCase()}%`;
    args.push(like, like);
  }
  if (q.ids) {
    if (q.ids.length === 0) return [];
    where.push(`id IN (${q.ids.map(() => '?').join(',')})`);
    args.push(...q.ids);
  }
  const sql = `SELECT * FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
               ORDER BY occurred_at DESC, id DESC ${q.limit ? 'LIMIT ' + Math.max(0, Math.floor(q.limit)) : ''}`;
  const rows = db.prepare(sql).all(...args) as EventRow[];
  return attachSources(db, rows);
}

export function getEvent(db: DB, id: number): StoredEvent | null {
  return listEvents(db, { ids: [id] })[0] ?? null;
}

function attachSources(db: DB, rows: EventRow[]): StoredEvent[] {
  if (rows.length === 0) return [];
  const byEvent = new Map<number, EventSource[]>();
  const stmt = db.prepare(
    `SELECT es.event_id, es.item_id, i.title, i.link, i.published_at, f.name AS feed_name, f.url AS feed_url
       FROM event_sources es JOIN items i ON i.id = es.item_id JOIN feeds f ON f.id = i.feed_id
      WHERE es.event_id IN (SELECT value FROM json_each(?))
      ORDER BY coalesce(i.published_at, i.fetched_at), i.id`,
  );
  for (const s of stmt.all(JSON.stringify(rows.map((r) => r.id))) as SourceRow[]) {
    const list = byEvent.get(s.event_id) ?? [];
    list.push({ feed: s.feed_name ?? s.feed_url, title: s.title ?? '', link: s.link, itemId: s.item_id, published: s.published_at });
    byEvent.set(s.event_id, list);
  }
  return rows.map((r) => {
    const data = JSON.parse(r.data) as ExtractedEvent;
    return { ...data, id: r.id, companyKey: r.company_key, occurredAt: r.occurred_at, createdAt: r.created_at, sources: byEvent.get(r.id) ?? [] };
  });
}

/** Drop every event (re-extraction rebuilds them from stored items). */
export function clearEvents(db: DB): void {
  db.exec('DELETE FROM event_sources; DELETE FROM events;');
}

/** The snake_case JSON shape of DESIGN.md. */
export function eventToJson(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    company: e.company,
    round: e.round,
    round_qualifier: e.roundQualifier,
    amount: e.amount,
    currency: e.currency,
    amount_usd: e.amountUsd,
    amount_text: e.amountText,
    investors: e.investors,
    lead_investors: e.leadInvestors,
    person: e.person,
    title: e.title,
    seniority: e.seniority,
    function: e.function,
    previous_company: e.previousCompany,
    target: e.target,
    confidence: Math.round(e.confidence * 100) / 100,
    occurred_at: e.occurredAt,
    sources: e.sources.map((s) => ({ feed: s.feed, title: s.title, link: s.link })),
  };
}

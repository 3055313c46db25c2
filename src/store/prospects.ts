import type { DB } from './db.js';
import type { BreakdownLine, Prospect, WarmPath } from '../types.js';
import { getMeta, setMeta } from './db.js';

export type ProspectRow = Prospect & { firstSeenAt: string; updatedAt: string; previousScore: number | null; rank: number };

interface Row {
  id: string;
  company: string;
  company_key: string;
  domain: string | null;
  person: string | null;
  title: string | null;
  score: number;
  data: string;
  first_seen_at: string;
  updated_at: string;
  previous_score: number | null;
}

interface Data {
  breakdown: BreakdownLine[];
  warm_path: WarmPath | null;
  top_trigger: Prospect['topTrigger'];
  event_ids: number[];
  rank: number; // place in the ranking as scored (ties in score keep the scorer's order)
}

const toData = (p: Prospect, rank: number): string =>
  JSON.stringify({ breakdown: p.breakdown, warm_path: p.warmPath, top_trigger: p.topTrigger, event_ids: p.eventIds, rank } satisfies Data);

function fromRow(r: Row, rank: number): ProspectRow {
  const d = JSON.parse(r.data) as Data;
  return {
    id: r.id, company: r.company, companyKey: r.company_key, domain: r.domain, person: r.person, title: r.title, score: r.score,
    breakdown: d.breakdown, warmPath: d.warm_path, topTrigger: d.top_trigger, eventIds: d.event_ids,
    firstSeenAt: r.first_seen_at, updatedAt: r.updated_at, previousScore: r.previous_score, rank,
  };
}

/**
 * Replace the ranking in one transaction. A prospect keeps when it was first
 * seen; `previous_score` and `updated_at` move only when its score or top
 * trigger changed, so digests and exports can tell "risen" from "unchanged".
 */
export function saveProspects(db: DB, prospects: Prospect[], now: Date): void {
  const at = now.toISOString();
  const get = db.prepare('SELECT score, data FROM prospects WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO prospects (id, company, company_key, domain, person, title, score, data, first_seen_at, updated_at, previous_score)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  const changed = db.prepare(
    'UPDATE prospects SET company = ?, company_key = ?, domain = ?, person = ?, title = ?, score = ?, data = ?, previous_score = ?, updated_at = ? WHERE id = ?',
  );
  const same = db.prepare('UPDATE prospects SET company = ?, company_key = ?, domain = ?, person = ?, title = ?, data = ? WHERE id = ?');
  db.transaction(() => {
    for (const [i, p] of prospects.entries()) {
      const old = get.get(p.id) as { score: number; data: string } | undefined;
      const data = toData(p, i + 1);
      if (!old) {
        insert.run(p.id, p.company, p.companyKey, p.domain, p.person, p.title, p.score, data, at, at);
        continue;
      }
      const oldTop = (JSON.parse(old.data) as Data).top_trigger?.event_id ?? null;
      if (old.score !== p.score || oldTop !== (p.topTrigger?.event_id ?? null)) {
        changed.run(p.company, p.companyKey, p.domain, p.person, p.title, p.score, data, old.score, at, p.id);
      } else same.run(p.company, p.companyKey, p.domain, p.person, p.title, data, p.id);
    }
    db.prepare('DELETE FROM prospects WHERE id NOT IN (SELECT value FROM json_each(?))').run(JSON.stringify(prospects.map((p) => p.id)));
    setMeta(db, 'prospects.scored_at', at);
  })();
}

const ORDER = "ORDER BY score DESC, json_extract(data, '$.rank'), company COLLATE NOCASE";

/** The stored ranking, best first; `rank` is the place in the full ranking (filters do not renumber). */
export function listProspects(db: DB, opts: { minScore?: number; limit?: number } = {}): ProspectRow[] {
  const rows = (db.prepare(`SELECT * FROM prospects ${ORDER}`).all() as Row[]).map((r, i) => fromRow(r, i + 1));
  const filtered = rows.filter((r) => opts.minScore === undefined || r.score >= opts.minScore);
  return opts.limit !== undefined ? filtered.slice(0, Math.max(0, opts.limit)) : filtered;
}

/**
 * A prospect by id, company name (any case), rank ("1" is the top of the
 * ranking) or a prefix of either the id or the name that only one prospect has.
 */
export function getProspect(db: DB, idOrCompany: string): ProspectRow | null {
  const q = idOrCompany.trim().toLowerCase();
  if (!q) return null;
  const rows = listProspects(db);
  const exact = rows.find((r) => r.id === q) ?? rows.find((r) => r.company.toLowerCase() === q);
  if (exact) return exact;
  if (/^\d+$/.test(q)) return rows[Number(q) - 1] ?? null;
  const prefixed = rows.filter((r) => r.id.startsWith(q) || r.company.toLowerCase().startsWith(q));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/** Several prospects a prefix could mean, to say which in an error message. */
export function prospectCandidates(db: DB, prefix: string): ProspectRow[] {
  const q = prefix.trim().toLowerCase();
  return listProspects(db).filter((r) => r.id.startsWith(q) || r.company.toLowerCase().startsWith(q) || r.company.toLowerCase().includes(q));
}

/** The DESIGN.md object (snake_case), for --json and exports. */
export function prospectToJson(p: ProspectRow): Record<string, unknown> {
  return {
    rank: p.rank,
    id: p.id,
    company: p.company,
    domain: p.domain,
    person: p.person,
    title: p.title,
    score: p.score,
    previous_score: p.previousScore,
    breakdown: p.breakdown,
    warm_path: p.warmPath ? p.warmPath.detail : null,
    warm_contact: p.warmPath ? { name: p.warmPath.contact, relation: p.warmPath.relation, degree: p.warmPath.degree } : null,
    top_trigger: p.topTrigger,
    event_ids: p.eventIds,
    first_seen_at: p.firstSeenAt,
    updated_at: p.updatedAt,
  };
}

// Cool-down marks live in `meta` (not the prospects table) so they survive a
// prospect leaving and re-entering the ranking.
const COOLDOWN_KEY = 'prospects.contacted';

/** Record that these prospects were exported or contacted (the cool-down starts now). */
export function markContacted(db: DB, ids: string[], at: Date): void {
  const marks = Object.fromEntries(contactedMarks(db));
  for (const id of ids) marks[id] = at.toISOString();
  setMeta(db, COOLDOWN_KEY, JSON.stringify(marks));
}

/** Prospect id → when it was last exported or contacted. */
export function contactedMarks(db: DB): Map<string, string> {
  const raw = getMeta(db, COOLDOWN_KEY);
  if (!raw) return new Map();
  try {
    const obj = JSON.parse(raw) as Record<string, unknown>;
    return new Map(Object.entries(obj).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}

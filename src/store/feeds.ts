import type { Statement } from 'better-sqlite3';
import type { DB } from './db.js';
import type { Feed, FeedKind } from '../types.js';

interface FeedRow {
  id: number;
  url: string;
  name: string | null;
  kind: FeedKind | null;
  enabled: number;
  disabled_reason: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  last_status: string | null;
  last_error: string | null;
  last_fetched_at: string | null;
  last_new_item_at: string | null;
  consecutive_errors: number;
  next_fetch_at: string | null;
  title: string | null;
  created_at: string;
}

function toFeed(r: FeedRow): Feed {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    kind: r.kind,
    enabled: r.enabled === 1,
    disabledReason: r.disabled_reason,
    etag: r.etag,
    lastModified: r.last_modified,
    bodyHash: r.body_hash,
    lastStatus: r.last_status,
    lastError: r.last_error,
    lastFetchedAt: r.last_fetched_at,
    lastNewItemAt: r.last_new_item_at,
    consecutiveErrors: r.consecutive_errors,
    nextFetchAt: r.next_fetch_at,
    title: r.title,
    createdAt: r.created_at,
  };
}

export function listFeeds(db: DB): Feed[] {
  return (db.prepare('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed);
}

export function getFeedByUrl(db: DB, url: string): Feed | null {
  const r = db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
  return r ? toFeed(r) : null;
}

/** A feed by id, exact URL, or name (case-insensitive). */
export function findFeed(db: DB, ref: string): Feed | null {
  const byId = /^\d+$/.test(ref) ? (db.prepare('SELECT * FROM feeds WHERE id = ?').get(Number(ref)) as FeedRow | undefined) : undefined;
  const r =
    byId ??
    (db.prepare('SELECT * FROM feeds WHERE url = ?').get(ref) as FeedRow | undefined) ??
    (db.prepare('SELECT * FROM feeds WHERE lower(name) = lower(?)').get(ref) as FeedRow | undefined);
  return r ? toFeed(r) : null;
}

/** Insert a feed; returns it and whether it was new (adding twice is not an error). */
export function addFeed(db: DB, f: { url: string; name: string | null; kind: FeedKind | null; title?: string | null }, now = new Date()): { feed: Feed; added: boolean } {
  const existing = getFeedByUrl(db, f.url);
  if (existing) return { feed: existing, added: false };
  db.prepare('INSERT INTO feeds (url, name, kind, title, created_at) VALUES (?, ?, ?, ?, ?)').run(f.url, f.name, f.kind, f.title ?? null, now.toISOString());
  return { feed: getFeedByUrl(db, f.url)!, added: true };
}

export function removeFeed(db: DB, id: number): void {
  db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
}

/** Feeds whose next fetch time has come (or all with `force`). */
export function dueFeeds(db: DB, now: Date, force = false): Feed[] {
  const rows = force
    ? (db.prepare('SELECT * FROM feeds WHERE enabled = 1 ORDER BY id').all() as FeedRow[])
    : (db.prepare('SELECT * FROM feeds WHERE enabled = 1 AND (next_fetch_at IS NULL OR next_fetch_at <= ?) ORDER BY id').all(now.toISOString()) as FeedRow[]);
  return rows.map(toFeed);
}

export interface FeedFetchUpdate {
  url?: string; // a permanent redirect's new home
  etag?: string | null;
  lastModified?: string | null;
  bodyHash?: string | null;
  lastStatus: string;
  lastError: string | null;
  lastFetchedAt: string;
  lastNewItemAt?: string;
  consecutiveErrors: number;
  nextFetchAt: string | null;
  title?: string | null;
  enabled?: boolean;
  disabledReason?: string | null;
}

const COLUMN: Record<keyof FeedFetchUpdate, string> = {
  url: 'url',
  etag: 'etag',
  lastModified: 'last_modified',
  bodyHash: 'body_hash',
  lastStatus: 'last_status',
  lastError: 'last_error',
  lastFetchedAt: 'last_fetched_at',
  lastNewItemAt: 'last_new_item_at',
  consecutiveErrors: 'consecutive_errors',
  nextFetchAt: 'next_fetch_at',
  title: 'title',
  enabled: 'enabled',
  disabledReason: 'disabled_reason',
};

// A scan updates every feed with one of a few column sets; preparing each time cost more than the update.
const updateStatements = new WeakMap<DB, Map<string, Statement>>();

export function updateFeedState(db: DB, id: number, u: FeedFetchUpdate): void {
  const sets: string[] = [];
  const values: Array<string | number | null> = [];
  for (const [k, v] of Object.entries(u) as Array<[keyof FeedFetchUpdate, unknown]>) {
    if (v === undefined) continue;
    sets.push(`${COLUMN[k]} = ?`);
    values.push(typeof v === 'boolean' ? (v ? 1 : 0) : (v as string | number | null));
  }
  if (sets.length === 0) return;
  const sql = `UPDATE feeds SET ${sets.join(', ')} WHERE id = ?`;
  let cache = updateStatements.get(db);
  if (!cache) updateStatements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  stmt.run(...values, id);
}

export function feedItemCounts(db: DB): Map<number, number> {
  const rows = db.prepare('SELECT feed_id, count(*) AS n FROM items GROUP BY feed_id').all() as Array<{ feed_id: number; n: number }>;
  return new Map(rows.map((r) => [r.feed_id, r.n]));
}

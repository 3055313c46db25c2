import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { DB } from './db.js';
import type { Item, ParsedItem } from '../types.js';

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

const HASHED_BODY_CHARS = 500;

/**
 * The first 500 characters of the normalised body. Normalising only a prefix gives the same
 * answer whenever that prefix still normalises to more than 500 characters (whitespace runs
 * collapse locally), and saves normalising long articles in full on every fetch.
 */
function bodyHead(body: string | null): string {
  if (body && body.length > 4 * HASHED_BODY_CHARS) {
    const head = norm(body.slice(0, 4 * HASHED_BODY_CHARS));
    if (head.length > HASHED_BODY_CHARS) return head.slice(0, HASHED_BODY_CHARS);
  }
  return norm(body).slice(0, HASHED_BODY_CHARS);
}

/** Identity of an item's visible content: catches feeds that re-issue guids for the same story. */
export function contentHash(it: ParsedItem): string {
  const body = bodyHead(it.summary ?? it.content);
  return createHash('sha1').update(`${norm(it.title)}\n${norm(it.link)}\n${body}`).digest('hex');
}

export interface KeyedItem extends ParsedItem {
  key: string;
  contentHash: string;
  /** Whether `link` identifies this item alone (some feeds give every item the homepage link). */
  linkIsUnique: boolean;
  /** Position in the parsed document, to find work already done on it (events extracted in a worker). */
  index: number;
}

/**
 * Give each parsed item its storage key: guid, else link, else content hash.
 * A guid repeated within one document for different stories is not an identity
 * (some CMSs emit the same guid for every item), so those items fall back to link/hash.
 */
export function keyItems(items: ParsedItem[]): KeyedItem[] {
  const guidCount = new Map<string, number>();
  const linkCount = new Map<string, number>();
  for (const it of items) {
    if (it.guid) guidCount.set(it.guid, (guidCount.get(it.guid) ?? 0) + 1);
    if (it.link) linkCount.set(it.link, (linkCount.get(it.link) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const out: KeyedItem[] = [];
  for (let index = 0; index < items.length; index++) {
    const it = items[index]!;
    const hash = contentHash(it);
    const linkIsUnique = Boolean(it.link) && linkCount.get(it.link!) === 1;
    let key: string;
    if (it.guid && guidCount.get(it.guid) === 1) key = `g:${it.guid}`;
    else if (linkIsUnique) key = `l:${it.link}`;
    else key = `h:${hash}`;
    if (seen.has(key)) continue; // exact duplicate inside one document
    seen.add(key);
    out.push({ ...it, key, contentHash: hash, linkIsUnique, index });
  }
  return out;
}

export interface ItemStatements {
  byKey: Statement<unknown[]>;
  byLink: Statement<unknown[]>;
  byHash: Statement<unknown[]>;
  any: Statement<unknown[]>;
  insert: Statement<unknown[]>;
}

export function itemStatements(db: DB): ItemStatements {
  return {
    byKey: db.prepare('SELECT 1 FROM items WHERE feed_id = ? AND key = ?').pluck(),
    byLink: db.prepare('SELECT 1 FROM items WHERE feed_id = ? AND link = ? LIMIT 1').pluck(),
    byHash: db.prepare('SELECT 1 FROM items WHERE feed_id = ? AND content_hash = ? LIMIT 1').pluck(),
    any: db.prepare('SELECT 1 FROM items WHERE feed_id = ? LIMIT 1').pluck(),
    insert: db.prepare(
      `INSERT INTO items (feed_id, key, guid, link, title, summary, content, author, published_at, fetched_at, content_hash, extracted_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/**
 * Store the items this feed has not seen before. Must run inside the caller's
 * transaction so a feed's items and their events land together or not at all.
 * `extractedVersion`: the extractor that will read them in that same transaction
 * (marking them as they go in saves rewriting every row afterwards).
 */
export function insertNewItems(
  st: ItemStatements,
  feedId: number,
  items: KeyedItem[],
  fetchedAt: string,
  extractedVersion = 0,
): Array<Item & { index: number }> {
  const added: Array<Item & { index: number }> = [];
  // A feed's first fetch has nothing to compare against (keyItems already removed repeats).
  const seenBefore = Boolean(st.any.get(feedId));
  for (const it of items) {
    if (seenBefore) {
      if (st.byKey.get(feedId, it.key)) continue;
      // The same story under a new guid: same link, or same visible content.
      if (it.linkIsUnique && st.byLink.get(feedId, it.link)) continue;
      if (st.byHash.get(feedId, it.contentHash)) continue;
    }
    const info = st.insert.run(feedId, it.key, it.guid, it.link, it.title, it.summary, it.content, it.author, it.published, fetchedAt, it.contentHash, extractedVersion);
    added.push({
      id: Number(info.lastInsertRowid),
      feedId,
      key: it.key,
      guid: it.guid,
      link: it.link,
      title: it.title,
      summary: it.summary,
      content: it.content,
      author: it.author,
      published: it.published,
      fetchedAt,
      index: it.index,
    });
  }
  return added;
}

interface ItemRow {
  id: number;
  feed_id: number;
  key: string;
  guid: string | null;
  link: string | null;
  title: string | null;
  summary: string | null;
  content: string | null;
  author: string | null;
  published_at: string | null;
  fetched_at: string;
}

export function toItem(r: ItemRow): Item {
  return {
    id: r.id,
    feedId: r.feed_id,
    key: r.key,
    guid: r.guid,
    link: r.link,
    title: r.title,
    summary: r.summary,
    content: r.content,
    author: r.author,
    published: r.published_at,
    fetchedAt: r.fetched_at,
  };
}

/** Items in id order, in pages, so re-extraction over a large history stays in bounded memory. */
export function* iterateItems(db: DB, pageSize = 2000): Generator<Item[]> {
  const page = db.prepare('SELECT * FROM items WHERE id > ? ORDER BY id LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, pageSize) as ItemRow[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    yield rows.map(toItem);
  }
}

/** How many stored items an older extractor read (a newer one may find more events in them). */
export function itemsReadBefore(db: DB, version: number): number {
  return db.prepare('SELECT count(*) FROM items WHERE extracted_version < ?').pluck().get(version) as number;
}

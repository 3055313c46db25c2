import pLimit from 'p-limit';
import type { DB } from '../store/db.js';
import type { Feed } from '../types.js';
import { dueFeeds, updateFeedState, type FeedFetchUpdate } from '../store/feeds.js';
import { itemStatements, insertNewItems } from '../store/items.js';
import { eventWriter } from '../store/events.js';
import { fetchFeed, createAgent, type FetchOptions } from '../fetch/fetch-feed.js';
import { nextFetchAt } from '../fetch/backoff.js';
import { createParser, type Parsed } from './parse-pool.js';
import { extractFromItem, itemDate } from './extract-items.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { now as clockNow } from '../util/clock.js';
import { CommitGroup } from './commit-group.js';

/** How long, and for how many feeds, one transaction stays open (see CommitGroup). */
const COMMIT_EVERY_MS = 1000;
const COMMIT_EVERY_WRITES = 256;

export interface ScanOptions {
  concurrency: number;
  force: boolean; // ignore next-fetch backoff
  fetch: FetchOptions;
  now?: () => Date;
  onFeedDone?: (r: FeedResult, done: number, total: number) => void;
}

export type FeedResult =
  | { feed: Feed; status: 'new'; newItems: number; newEvents: number }
  | { feed: Feed; status: 'unchanged' }
  | { feed: Feed; status: 'error'; message: string; disabled: boolean };

export interface ScanSummary {
  feeds: number;
  newItems: number;
  newEvents: number;
  unchanged: number;
  errors: Array<{ feed: Feed; message: string; disabled: boolean }>;
  ms: number;
}

/** Fetch every due feed concurrently, parse, store new items and their events (one transaction per feed). */
export async function runScan(db: DB, opts: ScanOptions): Promise<ScanSummary> {
  const started = Date.now();
  const now = opts.now ?? clockNow;
  const feeds = dueFeeds(db, now(), opts.force);
  const summary: ScanSummary = { feeds: feeds.length, newItems: 0, newEvents: 0, unchanged: 0, errors: [], ms: 0 };
  if (feeds.length === 0) return { ...summary, ms: Date.now() - started };

  const dispatcher = createAgent({ connections: Math.max(2, opts.concurrency), connectTimeoutMs: opts.fetch.connectTimeoutMs });
  const parser = await createParser(feeds.length);
  const items = itemStatements(db);
  // Checkpoint once at the end instead of every 4 MiB of WAL: a first scan writes
  // hundreds of MiB, and each checkpoint stalls the writer with fsyncs.
  db.pragma('wal_autocheckpoint = 0');
  const events = eventWriter(db);
  const limit = pLimit(opts.concurrency);
  let done = 0;

  const storeFeed = (feed: Feed, parsed: Parsed, state: FeedFetchUpdate): FeedResult => {
    const fetchedAt = state.lastFetchedAt;
    // Every new item is extracted below, in this transaction, so it goes in marked as read by this extractor.
    const added = insertNewItems(items, feed.id, parsed.keyed, fetchedAt, EXTRACTOR_VERSION);
    let newEvents = 0;
    for (const item of added) {
      const found = parsed.events?.[item.index] ?? extractFromItem(item, feed.kind);
      newEvents += events.add(item.id, itemDate(item), fetchedAt, found);
    }
    if (added.length > 0) state.lastNewItemAt = fetchedAt;
    updateFeedState(db, feed.id, state);
    return { feed, status: 'new', newItems: added.length, newEvents };
  };
  const record = (r: FeedResult) => {
    if (r.status === 'new') {
      summary.newItems += r.newItems;
      summary.newEvents += r.newEvents;
    } else if (r.status === 'unchanged') summary.unchanged++;
    else summary.errors.push({ feed: r.feed, message: r.message, disabled: r.disabled });
    opts.onFeedDone?.(r, ++done, feeds.length);
  };

  // Each feed's writes are all or nothing (a savepoint); feeds share transactions, and a
  // feed's result is reported once its transaction has committed.
  const group = new CommitGroup(db, { maxMs: COMMIT_EVERY_MS, maxWrites: COMMIT_EVERY_WRITES, onRollback: () => events.reset() });
  const write = (feed: Feed, fn: () => FeedResult) =>
    group.write(fn, (err, r) => record(err ? failed(db, feed, `could not store its items: ${err.message}`, null, false, null, now()) : r!));
  /** Fetch and parse one feed; what it stores is reported when committed (null), anything else is its result. */
  const one = async (feed: Feed): Promise<FeedResult | null> => {
    const out = await fetchFeed(
      { url: feed.url, etag: feed.etag, lastModified: feed.lastModified, bodyHash: feed.bodyHash },
      { ...opts.fetch, dispatcher },
    );
    const at = now().toISOString();
    if (out.kind === 'error') return failed(db, feed, out.message, out.status, out.gone, out.retryAfterMs, now());
    const moved = out.permanentRedirect && out.permanentRedirect !== feed.url ? out.permanentRedirect : undefined;
    const ok: FeedFetchUpdate = {
      url: moved && !urlTaken(db, moved) ? moved : undefined,
      etag: out.etag,
      lastModified: out.lastModified,
      bodyHash: out.bodyHash,
      lastStatus: String(out.status),
      lastError: null,
      lastFetchedAt: at,
      consecutiveErrors: 0,
      nextFetchAt: null,
    };
    if (out.kind === 'unchanged') {
      write(feed, () => {
        updateFeedState(db, feed.id, ok);
        return { feed, status: 'unchanged' };
      });
      return null;
    }
    let parsed: Parsed;
    try {
      parsed = await parser.parse(out.text, out.finalUrl, feed.kind);
    } catch (err) {
      // A document we cannot read must be re-fetched next time, not skipped as "unchanged".
      return failed(db, feed, (err as Error).message, out.status, false, null, now());
    }
    const state = { ...ok, title: parsed.feed.title ?? feed.title };
    write(feed, () => storeFeed(feed, parsed, state));
    return null;
  };

  try {
    await Promise.all(
      feeds.map((feed) =>
        limit(async () => {
          let r: FeedResult | null;
          try {
            r = await one(feed);
          } catch (err) {
            // Whatever went wrong with one feed stays with that feed.
            r = failed(db, feed, (err as Error).message || String(err), null, false, null, now());
          }
          if (r) record(r);
        }),
      ),
    );
  } finally {
    group.commit();
    await parser.close();
    await dispatcher.close();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('wal_autocheckpoint = 1000');
  }
  return { ...summary, ms: Date.now() - started };
}

function urlTaken(db: DB, url: string): boolean {
  return Boolean(db.prepare('SELECT 1 FROM feeds WHERE url = ?').pluck().get(url));
}

function failed(
  db: DB,
  feed: Feed,
  message: string,
  status: number | null,
  gone: boolean,
  retryAfterMs: number | null,
  now: Date,
): FeedResult {
  const errors = feed.consecutiveErrors + 1;
  const line = message.split('\n')[0]!;
  updateFeedState(db, feed.id, {
    lastStatus: status === null ? 'error' : String(status),
    lastError: line,
    lastFetchedAt: now.toISOString(),
    consecutiveErrors: errors,
    nextFetchAt: nextFetchAt(errors, now, retryAfterMs),
    ...(gone ? { enabled: false, disabledReason: `410 Gone on ${now.toISOString().slice(0, 10)}: the publisher removed this feed` } : {}),
  });
  return { feed, status: 'error', message: line, disabled: gone };
}

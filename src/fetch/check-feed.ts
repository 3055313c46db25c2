import { fetchFeed } from './fetch-feed.js';
import type { FetchOptions } from './types.js';
import { parseFeed, FeedParseError } from '../parse/feed.js';

// What `feeds add` learns by reading a source once before storing it, as mature readers do:
// a typo or a web page is caught at the keyboard, not in tomorrow's cron mail, and a blog's
// homepage becomes the feed it advertises.

export type FeedCheck =
  /** A readable feed (`url` may differ from the one given: the page's advertised feed, or a permanent redirect). */
  | { kind: 'feed'; url: string; title: string | null; items: number; via: 'direct' | 'advertised' | 'redirect' }
  /** Could not be reached right now (network, timeout, 5xx, 429): worth adding and retrying. */
  | { kind: 'unreachable'; message: string }
  /** Reached, and definitely not a feed we can read (404, an HTML page, a broken document). */
  | { kind: 'invalid'; message: string; advertised?: string[] };

async function readOnce(url: string, opts: FetchOptions): Promise<FeedCheck> {
  const out = await fetchFeed({ url, etag: null, lastModified: null, bodyHash: null }, opts);
  if (out.kind === 'error') return out.transient ? { kind: 'unreachable', message: out.message } : { kind: 'invalid', message: out.message };
  if (out.kind === 'unchanged') return { kind: 'unreachable', message: `answered ${out.status} to a plain request` };
  try {
    const feed = await parseFeed(out.text, out.finalUrl);
    const moved = out.permanentRedirect && out.permanentRedirect !== url ? out.permanentRedirect : null;
    return { kind: 'feed', url: moved ?? url, title: feed.title, items: feed.items.length, via: moved ? 'redirect' : 'direct' };
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw err;
    return { kind: 'invalid', message: err.message, ...(err.advertised ? { advertised: err.advertised } : {}) };
  }
}

/** Fetch and parse a source once; never throws for network or content problems. */
export async function checkFeed(url: string, opts: FetchOptions = {}): Promise<FeedCheck> {
  const first = await readOnce(url, opts);
  if (first.kind !== 'invalid' || !first.advertised) return first;
  if (first.advertised.length === 0) return { kind: 'invalid', message: 'not a feed (an HTML page that advertises no feed)' };
  // The first advertised feed that reads is the site's main feed (pages list it first).
  let failed = '';
  for (const candidate of first.advertised.slice(0, 3)) {
    const next = await readOnce(candidate, opts);
    if (next.kind === 'feed') return { ...next, via: 'advertised' };
    failed ||= `${candidate}: ${next.message}`;
  }
  return { kind: 'invalid', message: `not a feed (an HTML page); the feed it advertises could not be read (${failed})` };
}

import { fetchFeed } from './fetch-feed.js';
import type { FetchOptions } from './types.js';
import { parseFeed, discoverFeedLinks, FeedParseError } from '../parse/feed.js';

// What `feeds add` learns by reading a source once before storing it, as mature readers do:
// a typo or a web page is caught at the keyboard, not in tomorrow's cron mail, and a blog's
// homepage becomes the feed it advertises.

export type FeedCheck =
  /** A readable feed (`url` may differ from the one given: the page's advertised feed, or a permanent redirect). */
  | { kind: 'feed'; url: string; title: string | null; items: number; via: 'direct' | 'advertised' | 'redirect' }
  /** Could not be reached right now (network, timeout, 5xx, 429): worth adding and retrying. */
  | { kind: 'unreachable'; message: string }
  /** Reached, and definitely not a feed we can read (404, an HTML page, a broken document). */
  | { kind: 'invalid'; message: string };

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html)\b/i;

async function readOnce(url: string, opts: FetchOptions): Promise<FeedCheck & { html?: string; finalUrl?: string; moved?: string | null }> {
  const out = await fetchFeed({ url, etag: null, lastModified: null, bodyHash: null }, opts);
  if (out.kind === 'error') return out.transient ? { kind: 'unreachable', message: out.message } : { kind: 'invalid', message: out.message };
  if (out.kind === 'unchanged') return { kind: 'unreachable', message: `answered ${out.status} to a plain request` };
  try {
    const feed = await parseFeed(out.text, out.finalUrl);
    const moved = out.permanentRedirect && out.permanentRedirect !== url ? out.permanentRedirect : null;
    return { kind: 'feed', url: moved ?? url, title: feed.title, items: feed.items.length, via: moved ? 'redirect' : 'direct' };
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw err;
    const html = HTML_START.test(out.text.slice(0, 2048)) || /<html\b/i.test(out.text.slice(0, 1024)) ? out.text : undefined;
    return { kind: 'invalid', message: err.message, html, finalUrl: out.finalUrl };
  }
}

/** Fetch and parse a source once; never throws for network or content problems. */
export async function checkFeed(url: string, opts: FetchOptions = {}): Promise<FeedCheck> {
  const first = await readOnce(url, opts);
  if (first.kind !== 'invalid' || first.html === undefined) return strip(first);
  const advertised = discoverFeedLinks(first.html, first.finalUrl ?? url);
  if (advertised.length === 0) return { kind: 'invalid', message: 'not a feed (an HTML page that advertises no feed)' };
  // The first advertised feed that reads is the site's main feed (pages list it first).
  const tried: string[] = [];
  for (const candidate of advertised.slice(0, 3)) {
    const next = strip(await readOnce(candidate, opts));
    if (next.kind === 'feed') return { ...next, url: next.url, via: 'advertised' };
    tried.push(`${candidate}: ${next.message}`);
  }
  return { kind: 'invalid', message: `not a feed (an HTML page); the feed it advertises could not be read (${tried[0]})` };
}

function strip(c: FeedCheck & { html?: string; finalUrl?: string }): FeedCheck {
  if (c.kind === 'feed') return { kind: 'feed', url: c.url, title: c.title, items: c.items, via: c.via };
  return { kind: c.kind, message: c.message };
}

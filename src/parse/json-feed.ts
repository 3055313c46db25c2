import type { ParsedFeed, ParsedItem } from '../types.js';
import { FeedParseError } from './error.js';
import { authorName, cleanTitle, nonEmpty, resolveUrl, toIsoDate } from './text.js';

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), plus the "RSS in JSON" shape
// some blogs publish ({ "rss": { "channel": { "item": [...] } } }), which maps field for field.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function str(v: unknown): string | null {
  if (typeof v === 'string') return nonEmpty(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** 1.1 has "authors": [{ name }]; 1.0 has "author": { name }. Either may be missing. */
function authorOf(item: Obj, feed: Obj): string | null {
  for (const src of [item, feed]) {
    if (Array.isArray(src.authors)) {
      const names = src.authors.map((a) => (isObj(a) ? str(a.name) : null)).filter((n): n is string => n !== null);
      if (names.length) return names.join(', ');
    }
    if (isObj(src.author) && str(src.author.name)) return str(src.author.name);
  }
  return null;
}

/** Parse a JSON document that should be a feed. */
export function parseJsonFeed(text: string, sourceUrl: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // A download cut off mid-way fails on whatever character it stopped at; say what happened.
    if (!/[}\]]\s*$/.test(text)) throw new FeedParseError(`JSON error: the document is cut short (it stops after ${text.length} characters, before the feed closes)`);
    throw new FeedParseError(`JSON error: ${(err as Error).message}`);
  }
  if (!isObj(doc)) throw new FeedParseError('not a feed (JSON that is not an object)');
  if (isObj(doc.rss) && isObj(doc.rss.channel)) return fromRssInJson(doc.rss.channel, sourceUrl);
  const version = str(doc.version);
  if (!Array.isArray(doc.items) || (version !== null && !version.includes('jsonfeed.org'))) {
    throw new FeedParseError('not a feed (JSON without a JSON Feed "version" and "items")');
  }
  const home = str(doc.home_page_url);
  const items = doc.items.filter(isObj).map((it): ParsedItem => ({
    guid: str(it.id),
    link: resolveUrl(str(it.url) ?? str(it.external_url), home, str(doc.feed_url), sourceUrl),
    title: cleanTitle(str(it.title)),
    summary: str(it.summary),
    content: str(it.content_html) ?? str(it.content_text),
    author: authorOf(it, doc),
    published: toIsoDate(str(it.date_published) ?? str(it.date_modified)),
  }));
  return { format: 'json', title: cleanTitle(str(doc.title)), link: resolveUrl(home, sourceUrl), items };
}

function fromRssInJson(channel: Obj, sourceUrl: string): ParsedFeed {
  const link = resolveUrl(str(channel.link), sourceUrl);
  const raw = Array.isArray(channel.item) ? channel.item : isObj(channel.item) ? [channel.item] : [];
  const items = raw.filter(isObj).map((it): ParsedItem => {
    const guid = isObj(it.guid) ? str(it.guid.value) ?? str(it.guid['#value']) : str(it.guid);
    return {
      guid,
      link: resolveUrl(str(it.link) ?? (guid !== null && /^https?:\/\//i.test(guid) ? guid : null), link, sourceUrl),
      title: cleanTitle(str(it.title)),
      summary: str(it.description),
      content: str(it['content:encoded']),
      author: authorName(str(it.author) ?? str(it['dc:creator'])),
      published: toIsoDate(str(it.pubDate)),
    };
  });
  return { format: 'rss', title: cleanTitle(str(channel.title)), link, items };
}

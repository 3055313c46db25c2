import type { ParsedFeed } from '../types.js';
import { discoverFeedLinks } from './discover.js';
import { FeedParseError } from './error.js';
import { parseJsonFeed } from './json-feed.js';
import { formatOfRoot, parseXmlFeed } from './rss-parser-adapter.js';
import { sniff, type Sniffed } from './sniff.js';
import { oneLine } from './text.js';

export { FeedParseError } from './error.js';
export { discoverFeedLinks } from './discover.js';

/**
 * Parse a decoded feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1), found
 * by its content rather than its name. Throws FeedParseError with a one-line reason for
 * anything that is not a readable feed, naming the advertised feed when given an HTML page.
 */
export async function parseFeed(text: string, sourceUrl: string): Promise<ParsedFeed> {
  const doc = sniff(text);
  switch (doc.kind) {
    case 'empty':
      throw new FeedParseError('empty document');
    case 'json':
      return parseJsonFeed(doc.text, sourceUrl);
    case 'other':
      return parseOther(doc, sourceUrl);
    case 'xml':
      break;
  }
  if (doc.root === null) throw new FeedParseError('empty document (no root element)');
  const format = formatOfRoot(doc.root);
  if (format !== null) return parseXmlFeed(doc, format, sourceUrl);
  if (HTML_ROOTS.has(doc.root.toLowerCase())) throw notAFeed(doc.text, sourceUrl);
  throw new FeedParseError(`unrecognised root element <${doc.root}>`);
}

const HTML_ROOTS = new Set(['html', 'head', 'body']);
const FEED_START_RE = /<(\?xml|rss|feed|rdf:RDF)\b/;

/** Text that does not start with markup or JSON: a little junk before the XML, or not a feed at all. */
function parseOther(doc: Sniffed, sourceUrl: string): Promise<ParsedFeed> {
  const head = doc.text.slice(0, 1024);
  const at = head.search(FEED_START_RE);
  if (at > 0) return parseFeed(doc.text.slice(at), sourceUrl);
  if (/<html\b|<!doctype html/i.test(head)) throw notAFeed(doc.text, sourceUrl);
  // Bytes a gzip stream starts with survive decoding as U+001F U+FFFD or U+001F U+008B.
  if (head.charCodeAt(0) === 0x1f) throw new FeedParseError('not a feed (compressed data: the body is gzip)');
  if (/[\x00-\x08\x0e-\x1f\ufffd]/.test(head.slice(0, 64))) throw new FeedParseError('not a feed (binary data)');
  throw new FeedParseError(`not a feed (starts with "${oneLine(head, 30)}")`);
}

function notAFeed(html: string, sourceUrl: string): FeedParseError {
  const links = discoverFeedLinks(html, sourceUrl);
  const advertised = links.length ? `; it advertises ${links[0]} — add that instead` : '';
  return new FeedParseError(`not a feed (an HTML page)${advertised}`, links);
}

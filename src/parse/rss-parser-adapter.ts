import Parser from 'rss-parser';
import type { ParsedFeed, ParsedItem } from '../types.js';
import { FeedParseError } from './error.js';
import { dropAfterRoot, repairXml, unprefixRoot } from './repair.js';
import type { Sniffed } from './sniff.js';
import { localName } from './sniff.js';
import { asBase, authorName, cleanTitle, hasZone, nonEmpty, resolveUrl, toIsoDate } from './text.js';

// Everything that knows about rss-parser (and the xml2js tree it hands back) lives here, so
// swapping the XML parser touches this file only. parseXmlFeed is the one entry point.

type Node = Record<string, unknown>;

// rss-parser copies these from each item/feed element. keepArray hands us the raw xml2js
// nodes (a reference, no copying) where we need attributes or every occurrence.
const ITEM_FIELDS = [
  ['link', 'links', { keepArray: true }],
  ['guid', 'guidNode', { keepArray: true }],
  ['title', 'titleNode', { keepArray: true }],
  ['$', 'attrs', { keepArray: true }],
  ['dc:creator', 'dcCreator'],
  ['dc:date', 'dcDate'],
  ['itunes:author', 'itunesAuthor'],
  'published',
  'updated',
  'issued',
  'modified',
  'created',
];
const FEED_FIELDS = [
  ['link', 'links', { keepArray: true }],
  ['$', 'attrs', { keepArray: true }],
  ['author', 'authorNode'],
];

function makeParser(): Parser<Node, Node> {
  return new Parser<Node, Node>({
    defaultRSS: 2, // <rss> without a version attribute is read as RSS 2.0
    customFields: { item: ITEM_FIELDS, feed: FEED_FIELDS },
  } as unknown as Parser.ParserOptions<Node, Node>);
}

// One parser per thread (module state is per worker), reused for every good document.
// After a failure it is replaced: xml2js keeps feeding the rest of a rejected document (or
// junk after a completed root) into its freshly reset state, which then swallows the next
// document's first error and returns a half-parsed tree as if it were fine.
let parser = makeParser();

interface Xml2jsState {
  xmlParser?: { saxParser?: { errThrown?: boolean } };
}

async function parseXml(text: string): Promise<Node> {
  try {
    const raw = await parser.parseString(text);
    if ((parser as unknown as Xml2jsState).xmlParser?.saxParser?.errThrown === true) parser = makeParser();
    return raw;
  } catch (err) {
    parser = makeParser();
    throw err;
  }
}

export type XmlFormat = 'rss' | 'atom' | 'rdf';

/** The feed format a root element names, or null when it is not a feed root. */
export function formatOfRoot(root: string): XmlFormat | null {
  switch (localName(root)) {
    case 'rss':
      return 'rss';
    case 'RDF':
      return 'rdf';
    case 'feed':
      return 'atom';
    default:
      return null;
  }
}

/** Parse an XML feed whose root element names a feed format (see formatOfRoot). */
export async function parseXmlFeed(doc: Sniffed, format: XmlFormat, sourceUrl: string): Promise<ParsedFeed> {
  const root = doc.root!;
  let text = doc.text;
  let rootName = root;
  // rss-parser only knows the unprefixed Atom <feed> and RSS 1.0 as <rdf:RDF>.
  const colon = root.indexOf(':');
  if (format === 'atom' && colon > 0) {
    text = unprefixRoot(text, root.slice(0, colon));
    rootName = 'feed';
  }
  text = dropAfterRoot(text, rootName);
  let raw: Node;
  try {
    raw = await parseXml(text);
  } catch (first) {
    // <rss></rss> or an RDF without a channel is well-formed, just empty (rss-parser trips on it).
    if (first instanceof TypeError && format !== 'atom' && !CHANNEL_RE.test(text)) {
      return { format, title: null, link: null, items: [] };
    }
    const repaired = repairXml(text, rootName);
    if (repaired === text) throw describe(first, doc.linesDropped, root);
    try {
      raw = await parseXml(repaired);
    } catch {
      // The original fault is the one worth reporting: its line number matches the file.
      throw describe(first, doc.linesDropped, root);
    }
  }
  return format === 'atom' ? fromAtom(raw, sourceUrl) : fromRss(raw, format, sourceUrl);
}

const CHANNEL_RE = /<(?:[\w-]+:)?channel[\s>]/;
const SAX_LINE_RE = /\nLine:\s*(\d+)/;

/** One line for a parser failure: "XML error at line 12: Unexpected close tag". */
function describe(err: unknown, linesDropped: number, root: string): FeedParseError {
  const msg = err instanceof Error ? err.message : String(err);
  const line = SAX_LINE_RE.exec(msg);
  const reason = msg.split('\n')[0]!.trim();
  if (line) {
    const cut = reason === 'Unclosed root tag' ? ' (the document is cut short)' : '';
    return new FeedParseError(`XML error at line ${Number(line[1]) + 1 + linesDropped}: ${reason}${cut}`);
  }
  if (err instanceof TypeError) return new FeedParseError(`<${root}> document without the expected feed elements`);
  return new FeedParseError(`unreadable feed: ${reason}`);
}

/** The text of an xml2js node: a string, { _: text, $: attrs, child: [...] }, or an array. */
function textOf(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(textOf).filter((p): p is string => p !== null && p !== '');
    return parts.length ? parts.join(' ') : null;
  }
  if (typeof v === 'object') {
    const o = v as Node;
    const parts: string[] = [];
    for (const k in o) {
      if (k === '$') continue;
      const t = textOf(o[k]);
      if (t) parts.push(t);
    }
    return parts.length ? parts.join(' ') : null;
  }
  return null;
}

function attr(v: unknown, name: string): string | null {
  if (v == null || typeof v !== 'object' || Array.isArray(v)) return null;
  const a = (v as Node).$;
  if (a == null || typeof a !== 'object') return null;
  const val = (a as Node)[name];
  return typeof val === 'string' ? val : null;
}

function first(...vals: unknown[]): string | null {
  for (const v of vals) {
    const t = nonEmpty(textOf(v));
    if (t !== null) return t;
  }
  return null;
}

/** The text of a node whose children rss-parser dropped (RSS <title> holding raw markup). */
function titleText(item: Node): string | null {
  const node = Array.isArray(item.titleNode) ? item.titleNode[0] : undefined;
  if (node != null && typeof node === 'object') return textOf(node);
  return textOf(item.title);
}

const HTTP_RE = /^https?:\/\//i;

/**
 * The page a set of <link> elements points to: an Atom rel="alternate" (or rel-less) link,
 * HTML type preferred; for RSS the first text link.
 */
function pickLink(links: unknown): string | null {
  if (!Array.isArray(links)) return typeof links === 'string' ? nonEmpty(links) : null;
  let alternate: string | null = null;
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') {
      const t = nonEmpty(l);
      if (t !== null) return t;
      continue;
    }
    const href = nonEmpty(attr(l, 'href'));
    if (href === null) {
      const t = nonEmpty(textOf(l));
      if (t !== null && fallback === null) fallback = t;
      continue;
    }
    const rel = attr(l, 'rel') ?? 'alternate';
    if (rel === 'alternate') {
      const type = attr(l, 'type');
      if (type === null || type.includes('html')) return href;
      alternate ??= href;
    } else if (fallback === null && rel !== 'self' && rel !== 'hub' && rel !== 'enclosure' && rel !== 'replies') {
      fallback = href;
    }
  }
  return alternate ?? fallback;
}

/** The xml:base an element declares, resolved against its parent's base; null when none. */
function declaredBase(node: Node, parentBase: string | null): string | null {
  const attrs = node.attrs;
  const base = attrs && typeof attrs === 'object' ? (attrs as Node)['xml:base'] : undefined;
  return typeof base === 'string' ? resolveUrl(base, parentBase) : null;
}

/**
 * The item's date as ISO 8601. rss-parser already converted its own pick (RSS pubDate or
 * dc:date, Atom published or updated) with new Date(); that result is reused when it came
 * from the same text and that text names its zone (else new Date() would use the machine's).
 */
function publishedOf(raw: string | null, parserSource: unknown, parserIso: unknown): string | null {
  if (
    raw !== null && typeof parserIso === 'string' && typeof parserSource === 'string' &&
    parserSource.trim() === raw && hasZone(raw) && parserIso > '1970-01-02' && parserIso < '2200'
  ) {
    return parserIso;
  }
  return toIsoDate(raw);
}

function itemsOf(raw: Node): Node[] {
  return Array.isArray(raw.items) ? (raw.items as Node[]) : [];
}

function fromAtom(raw: Node, sourceUrl: string): ParsedFeed {
  // Relative links resolve against xml:base where declared, else the site the feed links to
  // (feeds are often served from another host than the site), else the feed's own URL.
  const feedBase = declaredBase(raw, asBase(sourceUrl));
  const feedLink = resolveUrl(pickLink(raw.links) ?? textOf(raw.link), feedBase, sourceUrl);
  const feedAuthor = first((raw.authorNode as Node | undefined)?.name);
  const items = itemsOf(raw).map((it): ParsedItem => {
    const base = declaredBase(it, feedBase ?? asBase(sourceUrl)) ?? feedBase;
    const guid = first(it.id);
    let link = resolveUrl(pickLink(it.links), base, feedLink, sourceUrl);
    if (link === null && guid !== null && HTTP_RE.test(guid)) link = guid;
    return {
      guid,
      link,
      title: cleanTitle(textOf(it.title)),
      summary: nonEmpty(textOf(it.summary)),
      content: nonEmpty(textOf(it.content)),
      author: authorName(first(it.author, it.dcCreator)) ?? feedAuthor,
      published: publishedOf(
        first(it.published, it.updated, it.issued, it.modified, it.created, it.dcDate),
        nonEmpty(textOf(it.published)) !== null ? it.published : it.updated,
        it.pubDate,
      ),
    };
  });
  return { format: 'atom', title: cleanTitle(textOf(raw.title)), link: feedLink, items };
}

function fromRss(raw: Node, format: 'rss' | 'rdf', sourceUrl: string): ParsedFeed {
  const feedLink = resolveUrl(pickLink(raw.links) ?? textOf(raw.link), sourceUrl);
  const items = itemsOf(raw).map((it): ParsedItem => {
    const guidNode = Array.isArray(it.guidNode) ? it.guidNode[0] : undefined;
    const guid = first(it.guid, it['rdf:about']);
    let link = resolveUrl(pickLink(it.links), feedLink, sourceUrl);
    if (link === null && guid !== null && HTTP_RE.test(guid) && attr(guidNode, 'isPermaLink') !== 'false') {
      link = guid;
    }
    return {
      guid,
      link,
      title: cleanTitle(titleText(it)),
      summary: nonEmpty(textOf(it.content)) ?? nonEmpty(textOf(it.summary)),
      content: nonEmpty(textOf(it['content:encoded'])),
      author: authorName(first(it.dcCreator, it.creator, it.author, it.itunesAuthor)),
      published: publishedOf(first(it.pubDate, it.dcDate, it.published, it.updated), it.pubDate || it.date, it.isoDate),
    };
  });
  return { format, title: cleanTitle(textOf(raw.title)), link: feedLink, items };
}

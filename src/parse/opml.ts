import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { dataError } from '../errors.js';
import { FEED_KINDS, type FeedKind } from '../types.js';
import { decodeEntities, nonEmpty, oneLine } from './text.js';

// OPML subscription lists, as Miniflux, FreshRSS, Feedly and Inoreader export them, and as we
// export ours (OPML 2.0 with a signals:kind attribute so a round trip keeps each feed's kind).

export interface OpmlFeed {
  url: string;
  title: string | null;
  category: string | null;
  kind: FeedKind | null;
}

export const SIGNALS_NS = 'urn:x-signals:opml';

type Node = Record<string, unknown>;

// Attributes stay raw (entities undecoded) so that we decode them exactly once, HTML names
// included: exporters write &eacute; and friends that XML alone does not define.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributesGroupName: '$',
  attributeNamePrefix: '',
  processEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name.toLowerCase() === 'outline',
});

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

function childByName(node: Node, name: string): unknown {
  for (const k of Object.keys(node)) if (k.toLowerCase() === name) return node[k];
  return undefined;
}

/** An outline's attributes with lower-cased names and decoded values. */
function attributesOf(node: Node): Map<string, string> {
  const out = new Map<string, string>();
  const raw = node.$;
  if (!isNode(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string') out.set(k.toLowerCase(), decodeEntities(v));
  }
  return out;
}

function outlinesOf(node: Node): Node[] {
  const v = childByName(node, 'outline');
  return Array.isArray(v) ? v.filter(isNode) : [];
}

const KIND_WORDS: Array<[RegExp, FeedKind]> = [
  [/\b(funding|fundraising|fundraise|venture)\b/i, 'funding'],
  [/\b(jobs?|people|hires?|hiring|careers?)\b/i, 'jobs'],
];

/** A kind guessed from a category name ("Funding news" -> funding, "Careers" -> jobs). */
export function kindFromCategory(category: string | null): FeedKind | null {
  if (category === null) return null;
  for (const [re, kind] of KIND_WORDS) if (re.test(category)) return kind;
  return null;
}

function asKind(v: string | undefined): FeedKind | null {
  const k = v?.trim().toLowerCase();
  return k !== undefined && (FEED_KINDS as readonly string[]).includes(k) ? (k as FeedKind) : null;
}

/** "/Tech/Funding" or "Funding,Tech" (a flat export's category attribute) -> "Funding". */
function categoryAttribute(v: string | undefined): string | null {
  if (!v) return null;
  const firstOne = v.split(',')[0]!.trim();
  const parts = firstOne.split('/').filter((p) => p.trim() !== '');
  return nonEmpty(parts[parts.length - 1]);
}

const SCRAPER_TYPE_RE = /xpath|dotnotation/i;

/** The feeds in an OPML document, in document order, each URL once. */
export function parseOpml(text: string): OpmlFeed[] {
  let doc: unknown;
  try {
    doc = parser.parse(text.replace(/^[\s\uFEFF]+/, ''));
  } catch (err) {
    throw dataError(`not an OPML file: ${oneLine((err as Error).message, 120)}`);
  }
  const opml = isNode(doc) ? childByName(doc, 'opml') : undefined;
  if (!isNode(opml)) {
    const root = isNode(doc) ? Object.keys(doc).find((k) => !k.startsWith('?')) : undefined;
    throw dataError(`not an OPML file: ${root ? `the root element is <${root}>` : 'no <opml> element'}`);
  }
  const body = childByName(opml, 'body');
  if (body === undefined) throw dataError('not an OPML file: it has no <body>');
  if (!isNode(body)) return [];

  // The prefix this document binds to our namespace (normally "signals").
  let kindAttr = 'signals:kind';
  for (const [k, v] of attributesOf(opml)) {
    if (k.startsWith('xmlns:') && v === SIGNALS_NS) kindAttr = `${k.slice(6)}:kind`;
  }

  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (nodes: Node[], category: string | null): void => {
    for (const node of nodes) {
      const a = attributesOf(node);
      const url = nonEmpty(a.get('xmlurl'));
      const label = nonEmpty(a.get('title')) ?? nonEmpty(a.get('text'));
      if (url === null) {
        // A folder (or a link outline without a feed): its name is the category below it.
        walk(outlinesOf(node), label ?? category);
        continue;
      }
      // FreshRSS web-scraping sources carry a page URL in xmlUrl, not a feed.
      if (SCRAPER_TYPE_RE.test(a.get('type') ?? '')) continue;
      if (!seen.has(url)) {
        seen.add(url);
        const cat = category ?? categoryAttribute(a.get('category'));
        feeds.push({
          url,
          title: label === url ? null : label,
          category: cat,
          kind: asKind(a.get(kindAttr)) ?? kindFromCategory(cat),
        });
      }
      // Some exporters nest items under a feed; they belong to the same category.
      walk(outlinesOf(node), category);
    }
  };
  walk(outlinesOf(body), null);
  return feeds;
}

const CATEGORY_OF_KIND: Record<FeedKind, string> = { funding: 'Funding', jobs: 'Jobs', news: 'News' };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * An OPML 2.0 document for these feeds, grouped into one folder per kind (so other readers
 * show the grouping) and carrying signals:kind (so our own import restores it exactly).
 */
export function buildOpml(
  feeds: Array<{ url: string; name: string | null; kind: FeedKind | null }>,
  title = 'signals feeds',
): string {
  const outline = (f: { url: string; name: string | null; kind: FeedKind | null }): Node => ({
    '@_type': 'rss',
    '@_text': f.name ?? f.url,
    ...(f.name ? { '@_title': f.name } : {}),
    '@_xmlUrl': f.url,
    ...(f.kind ? { '@_signals:kind': f.kind } : {}),
  });
  const body: Node[] = [];
  for (const kind of FEED_KINDS) {
    const inKind = feeds.filter((f) => f.kind === kind);
    if (inKind.length) {
      body.push({ '@_text': CATEGORY_OF_KIND[kind], '@_title': CATEGORY_OF_KIND[kind], outline: inKind.map(outline) });
    }
  }
  body.push(...feeds.filter((f) => f.kind === null).map(outline));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      '@_xmlns:signals': SIGNALS_NS,
      head: { title },
      body: { outline: body },
    },
  };
  return builder.build(doc) as string;
}

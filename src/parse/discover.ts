import { decodeEntities, resolveUrl } from './text.js';

// Feed autodiscovery: the <link rel="alternate" type="application/rss+xml" href="…"> tags an
// HTML page uses to advertise its feeds. Runs only after a document turned out to be HTML.

const LINK_TAG_RE = /<(link|base)\b([^>]*)>/gi;
const ATTR_RE = /([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
]);

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(ATTR_RE)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/** The absolute URLs of the feeds an HTML page advertises, in page order, without duplicates. */
export function discoverFeedLinks(html: string, baseUrl: string): string[] {
  const tags = [...html.matchAll(LINK_TAG_RE)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: attributes(m[2]!) }));
  // A <base href> anywhere in the page applies to every link in it.
  const baseHref = tags.find((t) => t.name === 'base' && t.attrs.get('href'))?.attrs.get('href');
  const base = baseHref ? resolveUrl(baseHref.trim(), baseUrl) : baseUrl;
  const found: string[] = [];
  for (const { name, attrs } of tags) {
    const href = attrs.get('href')?.trim();
    if (name !== 'link' || !href) continue;
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = resolveUrl(href, base, baseUrl);
    if (url !== null && !found.includes(url)) found.push(url);
  }
  return found;
}

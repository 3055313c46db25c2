import type { ExtractedEvent, FeedKind, Item, ParsedItem } from '../types.js';
import { extractEvents } from '../extract/index.js';
import { htmlToText } from '../extract/text.js';

/** Run the extractor over one stored item (HTML stripped, feed kind as a hint). */
export function extractFromItem(item: ParsedItem, feedKind: FeedKind | null): ExtractedEvent[] {
  return extractEvents({
    title: htmlToText(item.title),
    summary: htmlToText(item.summary),
    content: htmlToText(item.content),
    author: item.author,
    link: item.link,
    published: item.published,
    feedKind,
  });
}

/** When the event happened, as far as we can tell: the item's date, else when we saw it. */
export function itemDate(item: Item): string {
  const t = item.published ? Date.parse(item.published) : NaN;
  // A date in the future is a publisher's clock error; we saw it no later than fetch time.
  if (Number.isFinite(t) && t <= Date.parse(item.fetchedAt) + 86_400_000) return new Date(t).toISOString();
  return item.fetchedAt;
}

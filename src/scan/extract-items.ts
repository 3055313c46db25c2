import type { ExtractedEvent, FeedKind, Item, ParsedItem } from '../types.js';
import { extractEvents } from '../extract/index.js';
import { htmlToText } from '../extract/text.js';
import { summaryAddsNothing } from '../extract/doc.js';

/** Run the extractor over one stored item (HTML stripped, feed kind as a hint). */
export function extractFromItem(item: ParsedItem, feedKind: FeedKind | null): ExtractedEvent[] {
  return readItem(item, feedKind).events;
}

/**
 * The item's events, and whether its summary says nothing its content does not (the
 * extractor then reads only the content, and the summary need not be stored).
 */
export function readItem(item: ParsedItem, feedKind: FeedKind | null): { events: ExtractedEvent[]; summaryAddsNothing: boolean } {
  const summary = htmlToText(item.summary);
  const content = htmlToText(item.content);
  const events = extractEvents({ title: htmlToText(item.title), summary, content, author: item.author, link: item.link, published: item.published, feedKind });
  return { events, summaryAddsNothing: item.summary !== null && summaryAddsNothing(summary, content) };
}

/** When the event happened, as far as we can tell: the item's date, else when we saw it. */
export function itemDate(item: Item): string {
  const t = item.published ? Date.parse(item.published) : NaN;
  // A date in the future is a publisher's clock error; we saw it no later than fetch time.
  if (Number.isFinite(t) && t <= Date.parse(item.fetchedAt) + 86_400_000) return new Date(t).toISOString();
  return item.fetchedAt;
}

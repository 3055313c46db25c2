import { parentPort } from 'node:worker_threads';
import { parseFeed } from '../parse/feed.js';
import { readItem } from './extract-items.js';
import { keyItems } from '../store/items.js';
import type { ExtractedEvent, FeedKind } from '../types.js';

// Parsing and extraction are the CPU-heavy steps of a scan; running them here keeps
// the main thread free for network I/O and SQLite writes, and uses the other cores.
// Every item is extracted (the worker cannot know which are new): cheap next to parsing.
interface Job {
  id: number;
  text: string;
  url: string;
  kind: FeedKind | null;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const feed = await parseFeed(job.text, job.url);
    // Keys and content hashes too, so the main thread only writes to SQLite.
    const keyed = keyItems(feed.items);
    // Indexed like the document's items (KeyedItem.index), as the store reports them.
    const events: ExtractedEvent[][] = feed.items.map(() => []);
    for (const it of keyed) {
      const read = readItem(it, job.kind);
      events[it.index] = read.events;
      // A summary that only repeats the content's opening is not stored (nor copied back to the main thread).
      if (read.summaryAddsNothing) it.summary = null;
    }
    parentPort!.postMessage({ id: job.id, feed: { ...feed, items: [] }, keyed, events });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message, name: (err as Error).name });
  }
});

import { parentPort } from 'node:worker_threads';
import { parseFeed } from '../parse/feed.js';
import { extractFromItem } from './extract-items.js';
import type { FeedKind } from '../types.js';

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
    const events = feed.items.map((it) => extractFromItem(it, job.kind));
    parentPort!.postMessage({ id: job.id, feed, events });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message, name: (err as Error).name });
  }
});

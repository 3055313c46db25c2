import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractedEvent, FeedKind, ParsedFeed } from '../types.js';
import { keyItems, type KeyedItem } from '../store/items.js';
import { dataError } from '../errors.js';

/** A parsed document: its items keyed for storage, with each keyed item's events when already extracted. */
export interface Parsed {
  feed: ParsedFeed;
  keyed: KeyedItem[];
  events: ExtractedEvent[][] | null; // indexed like the document's items (KeyedItem.index)
}

export interface Parser {
  parse(text: string, url: string, kind: FeedKind | null): Promise<Parsed>;
  close(): Promise<void>;
}

interface Job {
  resolve: (p: Parsed) => void;
  reject: (e: Error) => void;
  worker: Worker;
  text: string;
  url: string;
  kind: FeedKind | null;
}

/** Parse on the calling thread: for small scans, where starting workers costs more than it saves. */
export async function inlineParser(): Promise<Parser> {
  const { parseFeed } = await import('../parse/feed.js');
  // Inline, extraction waits until we know which items are new.
  return {
    async parse(text, url) {
      const feed = await parseFeed(text, url);
      return { feed, keyed: keyItems(feed.items), events: null };
    },
    close: async () => {},
  };
}

/**
 * A small pool of parse workers fed round-robin by least load. Falls back to
 * inline parsing when the compiled worker is not present (running from sources).
 */
export async function createParser(feedCount: number, size = os.availableParallelism()): Promise<Parser> {
  const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  if (feedCount < 8 || size < 1 || !fs.existsSync(workerFile)) return inlineParser();

  // Bounded heaps: V8 otherwise lets each worker's heap grow far past what one feed needs
  // (64 MiB instead of 48 cost 7 MB more of a first scan's peak memory). A document too big
  // for a worker's heap (about 10 MiB of RSS) is parsed on this thread instead.
  const limits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };
  const inline = await inlineParser();
  const load = new Map<Worker, number>();
  const pending = new Map<number, Job>();
  let closing = false;
  let nextId = 1;
  const start = (): Worker => {
    const w = new Worker(workerFile, { resourceLimits: limits });
    load.set(w, 0);
    w.on('message', (msg: { id: number; feed?: ParsedFeed; keyed?: KeyedItem[]; events?: ExtractedEvent[][]; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const job = pending.get(msg.id);
      if (!job) return;
      pending.delete(msg.id);
      if (msg.error !== undefined) job.reject(dataError(msg.error));
      else job.resolve({ feed: msg.feed!, keyed: msg.keyed!, events: msg.events ?? null });
    });
    // A worker that dies (out of heap on a huge document) takes only its own jobs with it: they are
    // parsed here, and a fresh worker takes its place.
    const lost = () => {
      if (!load.has(w)) return;
      load.delete(w);
      for (const [id, job] of pending) {
        if (job.worker !== w) continue;
        pending.delete(id);
        inline.parse(job.text, job.url, job.kind).then(job.resolve, job.reject);
      }
      if (!closing) start();
    };
    w.on('error', lost);
    w.on('exit', lost);
    return w;
  };
  for (let i = 0; i < size; i++) start();
  return {
    parse(text, url, kind) {
      const id = nextId++;
      let best: Worker | null = null;
      for (const [w, n] of load) if (best === null || n < load.get(best)!) best = w;
      if (!best) return inline.parse(text, url, kind);
      load.set(best, load.get(best)! + 1);
      const worker = best;
      return new Promise<Parsed>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker, text, url, kind });
        worker.postMessage({ id, text, url, kind });
      });
    },
    async close() {
      closing = true;
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}

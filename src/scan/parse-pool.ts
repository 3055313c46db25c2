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

type Pending = { resolve: (p: Parsed) => void; reject: (e: Error) => void };

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

  // Bounded heaps: V8 otherwise lets each worker's heap grow far past what one feed needs.
  const workers = Array.from({ length: size }, () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const pending = new Map<number, Pending>();
  let nextId = 1;
  for (const w of workers) {
    w.on('message', (msg: { id: number; feed?: ParsedFeed; keyed?: KeyedItem[]; events?: ExtractedEvent[][]; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error !== undefined) p.reject(dataError(msg.error));
      else p.resolve({ feed: msg.feed!, keyed: msg.keyed!, events: msg.events ?? null });
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    parse(text, url, kind) {
      const id = nextId++;
      let best = workers[0]!;
      for (const w of workers) if (load.get(w)! < load.get(best)!) best = w;
      load.set(best, load.get(best)! + 1);
      return new Promise<Parsed>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        best.postMessage({ id, text, url, kind });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedFeed } from '../types.js';
import { dataError } from '../errors.js';

export interface Parser {
  parse(text: string, url: string): Promise<ParsedFeed>;
  close(): Promise<void>;
}

type Pending = { resolve: (f: ParsedFeed) => void; reject: (e: Error) => void };

/** Parse on the calling thread: for small scans, where starting workers costs more than it saves. */
export async function inlineParser(): Promise<Parser> {
  const { parseFeed } = await import('../parse/feed.js');
  return { parse: (text, url) => parseFeed(text, url), close: async () => {} };
}

/**
 * A small pool of parse workers fed round-robin by least load. Falls back to
 * inline parsing when the compiled worker is not present (running from sources).
 */
export async function createParser(feedCount: number, size = os.availableParallelism()): Promise<Parser> {
  const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  if (feedCount < 8 || size < 1 || !fs.existsSync(workerFile)) return inlineParser();

  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const pending = new Map<number, Pending>();
  let nextId = 1;
  for (const w of workers) {
    w.on('message', (msg: { id: number; feed?: ParsedFeed; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.error !== undefined) p.reject(dataError(msg.error));
      else p.resolve(msg.feed!);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
    w.unref();
  }
  return {
    parse(text, url) {
      const id = nextId++;
      let best = workers[0]!;
      for (const w of workers) if (load.get(w)! < load.get(best)!) best = w;
      load.set(best, load.get(best)! + 1);
      return new Promise<ParsedFeed>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        best.postMessage({ id, text, url });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The pool runs the compiled worker (dist/, built by `npm test`'s pretest step), as the CLI does.
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const { createParser } = (await import(path.join(dist, 'scan', 'parse-pool.js'))) as typeof import('../../src/scan/parse-pool.js');
const { feedDoc } = (await import(path.join(dist, 'bench', 'corpus.js'))) as typeof import('../../src/bench/corpus.js');

describe('parse pool', () => {
  it('parses a document too big for a worker on the main thread, and keeps serving the rest', async () => {
    const parser = await createParser(100, 2);
    try {
      // About 14 MiB of RSS: more than a worker's bounded heap can parse, under the 15 MiB body cap.
      const huge = feedDoc(7, 8000);
      const small = feedDoc(8, 20);
      const [big, other] = await Promise.all([parser.parse(huge, 'http://127.0.0.1/huge.xml', null), parser.parse(small, 'http://127.0.0.1/small.xml', null)]);
      expect(big.keyed).toHaveLength(8000);
      expect(other.keyed).toHaveLength(20);
      // The pool still has working workers after one died.
      const again = await parser.parse(feedDoc(9, 30), 'http://127.0.0.1/again.xml', null);
      expect(again.keyed).toHaveLength(30);
      expect(again.events).not.toBeNull();
    } finally {
      await parser.close();
    }
  }, 60_000);
});

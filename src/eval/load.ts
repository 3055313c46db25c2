import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignalsError, EXIT, usageError, dataError } from '../errors.js';
import { duplicateIds, parseCorpusText, type LocatedItem } from './corpus.js';

// Resolved from this module, not the cwd, so `npm run eval` works from any folder
// (dist/eval/load.js and src/eval/load.ts are both two levels under the package root).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'fixtures', 'corpus');

/** Every corpus file (or the one asked for), parsed and checked; throws on the first bad line. */
export function loadCorpus(dir: string = CORPUS_DIR, only: string | null = null): LocatedItem[] {
  if (!fs.existsSync(dir)) throw new SignalsError(`corpus folder ${dir} not found — run from a checkout that has fixtures/corpus`, EXIT.NOINPUT);
  let files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (only !== null) {
    const want = path.basename(only).replace(/\.jsonl$/, '') + '.jsonl';
    if (!files.includes(want)) throw usageError(`no corpus file "${only}" — choose one of ${files.join(', ')}`);
    files = [want];
  }
  const items: LocatedItem[] = [];
  for (const f of files) {
    const rel = path.relative(process.cwd(), path.join(dir, f)) || f;
    try {
      items.push(...parseCorpusText(fs.readFileSync(path.join(dir, f), 'utf8'), rel));
    } catch (e) {
      throw dataError((e as Error).message);
    }
  }
  const dups = duplicateIds(items);
  if (dups.length > 0) throw dataError(dups[0]!);
  return items;
}


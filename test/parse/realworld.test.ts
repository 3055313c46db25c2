import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseFeed, FeedParseError } from '../../src/parse/feed.js';
import { decodeBody } from '../../src/fetch/charset.js';
import { cleanTitle } from '../../src/parse/text.js';
import type { ParsedFeed } from '../../src/types.js';

// Every capture in the shared real-world folder (other feed parsers' test material, broken
// files included) must give items or a one-line FeedParseError, never another kind of crash.
// Where a peer parser's expected output sits beside a feed, our titles and links must agree.

const ROOT = path.resolve(__dirname, '../../../shared/realworld/feeds');
const present = fs.existsSync(ROOT);
if (!present) console.warn(`realworld feed tests skipped: ${ROOT} is not present (it is not part of a fresh clone)`);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'expected-output' ? [] : walk(p);
    return [p];
  });
}

const isOracle = (f: string) => /(^|[./])expected[^/]*\.json$/.test(path.basename(f)) || path.basename(f).startsWith('expected');
const feedFiles = present
  ? walk(ROOT).filter((f) => !isOracle(f) && !f.endsWith('.md')).sort()
  : [];

/** What a fetcher does with the bytes: gunzip when the body is gzip, then decode the charset. */
function readAsFetched(file: string): string {
  let bytes = fs.readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  return decodeBody(bytes, null);
}

type Outcome = { file: string; feed: ParsedFeed | null; error: string | null };

async function parseFile(file: string): Promise<Outcome> {
  const rel = path.relative(ROOT, file);
  try {
    return { file: rel, feed: await parseFeed(readAsFetched(file), `https://feeds.example.org/${rel}`), error: null };
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw new Error(`${rel}: crashed with ${(err as Error).name}: ${(err as Error).message}`);
    return { file: rel, feed: null, error: err.message };
  }
}

interface Expected {
  title: string | null;
  link: string | null;
}

/** A peer parser's expected items for a feed file, when one sits beside it. */
function expectedFor(file: string): { oracle: string; items: Expected[] } | null {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const candidates: Array<[string, (j: unknown) => Expected[]]> = [
    [path.join(dir, 'expected-output', base + '.json'), rssParserItems],
    [path.join(dir, 'expected.feed-parser.json'), feedParserItems],
    [path.join(dir, base + '.expected.feed-rs.json'), feedRsItems],
  ];
  for (const [oracle, read] of candidates) {
    if (fs.existsSync(oracle)) return { oracle: path.relative(ROOT, oracle), items: read(JSON.parse(fs.readFileSync(oracle, 'utf8'))) };
  }
  return null;
}

type J = Record<string, unknown>;
const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function rssParserItems(j: unknown): Expected[] {
  const items = ((j as J).feed as J).items as J[];
  return items.map((i) => ({ title: s(i.title), link: s(i.link) }));
}
function feedParserItems(j: unknown): Expected[] {
  const items = ((j as J).feed as J).items as J[];
  return items.map((i) => ({ title: s(i.title), link: s(i.url) }));
}
function feedRsItems(j: unknown): Expected[] {
  const entries = (j as J).entries as J[];
  return entries.map((e) => ({
    title: s((e.title as J | null)?.content),
    link: s(((e.links as J[])[0] as J | undefined)?.href),
  }));
}

const norm = (t: string | null) => cleanTitle(t) ?? '';

/**
 * Titles agree after normalising. An oracle produced by decoding Latin-1 bytes as UTF-8 holds
 * U+FFFD where a character was: each such run stands for one or two characters of ours.
 */
function sameTitle(ours: string | null, theirs: string | null): boolean {
  const a = norm(ours);
  const b = norm(theirs);
  if (a === b) return true;
  if (!b.includes('\uFFFD')) return false;
  const pattern = b.split(/\uFFFD+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{1,2}');
  return new RegExp(`^${pattern}$`, 'u').test(a);
}

function sameLink(ours: string | null, theirs: string | null): boolean {
  if (theirs === null || theirs.trim() === '') return true; // they found none; any we found is a bonus
  const t = theirs.trim();
  if (ours === t) return true;
  // They kept a relative or unnormalised link; we resolve and normalise through URL.
  try {
    return ours !== null && new URL(t, ours).href === new URL(ours).href;
  } catch {
    return false;
  }
}

// Files whose oracle disagrees with ours by design; the reason is printed with the table.
const EXEMPT: Record<string, string> = {};

describe.skipIf(!present)('real-world feeds', () => {
  it('every file yields items or a one-line FeedParseError', async () => {
    const rows: string[] = [];
    let parsed = 0;
    for (const file of feedFiles) {
      const out = await parseFile(file);
      if (out.feed) {
        parsed++;
        expect(['rss', 'atom', 'rdf', 'json']).toContain(out.feed.format);
        for (const item of out.feed.items) {
          expect(item.published === null || !Number.isNaN(Date.parse(item.published))).toBe(true);
          expect(item.title === null || item.title === item.title.trim()).toBe(true);
        }
        rows.push(`${out.file.padEnd(72)} ${out.feed.format.padEnd(5)} ${String(out.feed.items.length).padStart(4)} items`);
      } else {
        expect(out.error).toBeTruthy();
        expect(out.error).not.toMatch(/\n/);
        rows.push(`${out.file.padEnd(72)} error  ${out.error}`);
      }
    }
    console.log(`real-world feeds: ${parsed}/${feedFiles.length} parsed\n` + rows.join('\n'));
    expect(feedFiles.length).toBeGreaterThan(100);
    // The folder holds a handful of deliberately broken or non-feed files; nearly all others parse.
    expect(parsed).toBeGreaterThan(feedFiles.length * 0.85);
  });

  it('agrees with peer parsers on item titles and links', async () => {
    const report: string[] = [];
    let compared = 0;
    for (const file of feedFiles) {
      const exp = expectedFor(file);
      if (!exp) continue;
      const out = await parseFile(file);
      const rel = path.relative(ROOT, file);
      compared++;
      expect(out.feed, `${rel}: ${out.error}`).not.toBeNull();
      const ours = out.feed!.items;
      const n = Math.max(ours.length, exp.items.length);
      const misses: string[] = [];
      for (let i = 0; i < n; i++) {
        const a = ours[i];
        const b = exp.items[i];
        if (!a || !b) {
          misses.push(`#${i}: ${a ? 'extra item of ours' : 'item missing from ours'}`);
          continue;
        }
        if (!sameTitle(a.title, b.title)) misses.push(`#${i} title: ours ${JSON.stringify(norm(a.title))} theirs ${JSON.stringify(norm(b.title))}`);
        else if (!sameLink(a.link, b.link)) misses.push(`#${i} link: ours ${a.link} theirs ${b.link}`);
      }
      const rate = n === 0 ? 1 : (n - misses.length) / n;
      report.push(`${rel.padEnd(72)} ${(rate * 100).toFixed(1).padStart(5)}% of ${n} vs ${exp.oracle}`);
      for (const m of misses.slice(0, 5)) report.push(`    ${m}`);
      if (EXEMPT[rel]) {
        report.push(`    exempt: ${EXEMPT[rel]}`);
        continue;
      }
      expect(rate, `${rel} vs ${exp.oracle}: ${misses.slice(0, 3).join('; ')}`).toBeGreaterThanOrEqual(0.95);
    }
    console.log('peer comparison:\n' + report.join('\n'));
    expect(compared).toBeGreaterThan(20);
  });
});

import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../../src/parse/feed.js';
import type { ParsedFeed } from '../../src/types.js';

// The bundled demo feeds: well-formed, small, dated inside the demo's window, and carrying
// the cast's events the way the demo's ranking needs them.
const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'feeds');
const FILES = ['funding-wire.xml', 'techcrunch-style.atom', 'people-moves.xml', 'career-posts.json', 'newsletter.xml'];
const FORMATS: Record<string, ParsedFeed['format']> = {
  'funding-wire.xml': 'rss', 'techcrunch-style.atom': 'atom', 'people-moves.xml': 'rss', 'career-posts.json': 'json', 'newsletter.xml': 'rss',
};

const parsed = new Map<string, ParsedFeed>();
async function feed(f: string): Promise<ParsedFeed> {
  if (!parsed.has(f)) parsed.set(f, await parseFeed(fs.readFileSync(path.join(DIR, f), 'utf8'), path.join(DIR, f)));
  return parsed.get(f)!;
}
const text = (i: ParsedFeed['items'][number]) => [i.title, i.summary, i.content].join(' ');

describe('demo feeds', () => {
  it.each(FILES)('%s parses, is small and has 6–15 items dated 2026-11-02 … 2026-11-22', async (f) => {
    expect(fs.statSync(path.join(DIR, f)).size).toBeLessThan(40 * 1024);
    const p = await feed(f);
    expect(p.format).toBe(FORMATS[f]);
    expect(p.items.length).toBeGreaterThanOrEqual(6);
    expect(p.items.length).toBeLessThanOrEqual(15);
    for (const i of p.items) {
      expect(i.title, f).toBeTruthy();
      expect(i.link, f).toMatch(/^https:\/\//);
      const t = Date.parse(i.published ?? '');
      expect(t, `${f}: ${i.title}`).toBeGreaterThanOrEqual(Date.parse('2026-11-02T00:00:00Z'));
      expect(t, `${f}: ${i.title}`).toBeLessThan(Date.parse('2026-11-23T00:00:00Z'));
    }
  });

  it('reports the Northwind round in exactly three feeds, with the same amount and round', async () => {
    const hits: string[] = [];
    for (const f of FILES) {
      const items = (await feed(f)).items.filter((i) => /Northwind Analytics/.test(text(i)) && /\$28\s?(M|million)/.test(text(i)));
      if (items.length > 0) hits.push(f);
      for (const i of items) expect(text(i)).toMatch(/Series B/);
    }
    expect(hits.sort()).toEqual(['funding-wire.xml', 'newsletter.xml', 'techcrunch-style.atom']);
  });

  it('gives every career post an author', async () => {
    for (const i of (await feed('career-posts.json')).items) expect(i.author).toBeTruthy();
  });

  it('carries the newswire bodies in content, not only the summary', async () => {
    const wire = await feed('funding-wire.xml');
    for (const i of wire.items) expect(i.content ?? '').toMatch(/PRNewswire/);
  });

  it('includes the cast noise items', async () => {
    const all = (await Promise.all(FILES.map(feed))).flatMap((p) => p.items.map((i) => i.title ?? ''));
    for (const t of ['How to raise a seed round in 2026', 'The 10 biggest rounds this week', 'Sequoia Raises $950M', 'Acme lays off 12% of staff', 'Kestrel Security Launches AI Threat Graph', 'Brightline CFO Steps Down'])
      expect(all.some((x) => x.toLowerCase().includes(t.toLowerCase())), t).toBe(true);
  });
});

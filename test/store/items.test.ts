import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type DB } from '../../src/store/db.js';
import { addFeed } from '../../src/store/feeds.js';
import { contentHash, insertNewItems, itemStatements, keyItems } from '../../src/store/items.js';
import type { ParsedItem } from '../../src/types.js';

const item = (over: Partial<ParsedItem>): ParsedItem => ({
  guid: null,
  link: null,
  title: 'Northwind Analytics raises $28M Series B',
  summary: 'Led by Index Ventures.',
  content: null,
  author: null,
  published: '2026-11-12T09:00:00.000Z',
  ...over,
});

describe('item identity and de-duplication', () => {
  let dir: string;
  let db: DB;
  let feedId: number;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-items-'));
    db = openDb(path.join(dir, 't.db'));
    feedId = addFeed(db, { url: 'https://wire.example.com/feed', name: 'wire', kind: 'funding' }).feed.id;
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const store = (items: ParsedItem[]) => insertNewItems(itemStatements(db), feedId, keyItems(items), new Date().toISOString()).length;

  it('keys by guid, else link, else content hash', () => {
    const keyed = keyItems([item({ guid: 'a1', link: 'https://x.test/1' }), item({ link: 'https://x.test/2', title: 'Two' }), item({ title: 'Three' })]);
    expect(keyed.map((k) => k.key.slice(0, 2))).toEqual(['g:', 'l:', 'h:']);
  });

  it('stores each item once across scans', () => {
    const batch = [item({ guid: 'a1', link: 'https://x.test/1' }), item({ guid: 'a2', link: 'https://x.test/2', title: 'Kestrel Security names Marcus Chen VP of Sales' })];
    expect(store(batch)).toBe(2);
    expect(store(batch)).toBe(0);
  });

  it('does not duplicate when a feed changes the guid of the same story', () => {
    expect(store([item({ guid: 'urn:1', link: 'https://x.test/northwind' })])).toBe(1);
    expect(store([item({ guid: 'urn:1-v2', link: 'https://x.test/northwind' })])).toBe(0);
    // no link at all: the visible content identifies it
    expect(store([item({ guid: 'p-1', title: 'Ferrum Pay raises £12M' })])).toBe(1);
    expect(store([item({ guid: 'p-2', title: 'Ferrum Pay raises £12M' })])).toBe(0);
  });

  it('does not merge different stories that reuse one guid', () => {
    const n = store([
      item({ guid: 'same', link: 'https://x.test/a', title: 'Lumen Health appoints Priya Raman CMO' }),
      item({ guid: 'same', link: 'https://x.test/b', title: 'Orbital Freight raises €4M seed' }),
    ]);
    expect(n).toBe(2);
  });

  it('does not merge different stories that share the homepage as link', () => {
    const n = store([
      item({ link: 'https://blog.test/', title: 'Canopy HR appoints Elena Petrova Head of Marketing' }),
      item({ link: 'https://blog.test/', title: 'Helix Data acquired by Snowflake' }),
    ]);
    expect(n).toBe(2);
  });
});

describe('content hash', () => {
  const base = { guid: null, link: 'https://example.com/a', title: 'Acme raises $20M', summary: null, author: null, published: null } as const;
  // The hash reads the first 500 normalised characters; it normalises only a prefix of long
  // bodies, which must give exactly what normalising the whole body would.
  const full = (content: string) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    return norm(content).slice(0, 500);
  };
  it('is the same for a long body whatever its whitespace, and differs when the opening differs', () => {
    const words = 'Acme Corp today announced a Series B round led by Index Ventures with participation from Accel. ';
    const spaced = words.replace(/ /g, ' \n\t ');
    const long = words.repeat(60);
    const longSpaced = spaced.repeat(60);
    expect(full(long)).toBe(full(longSpaced));
    expect(contentHash({ ...base, content: long })).toBe(contentHash({ ...base, content: longSpaced }));
    expect(contentHash({ ...base, content: long })).not.toBe(contentHash({ ...base, content: 'Beta ' + long }));
    // Changes past the first 500 characters are not part of the identity.
    expect(contentHash({ ...base, content: long })).toBe(contentHash({ ...base, content: long + ' Updated at 10:42.' }));
  });
  it('handles a body that is mostly whitespace near the start', () => {
    const body = ' '.repeat(3000) + 'Acme names Jane Doe CFO. '.repeat(100);
    const squeezed = 'Acme names Jane Doe CFO. '.repeat(100);
    expect(contentHash({ ...base, content: body })).toBe(contentHash({ ...base, content: squeezed }));
  });
});

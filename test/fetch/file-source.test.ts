import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, type FetchState } from '../../src/fetch/fetch-feed.js';
import { demoRss, rssDocument } from '../helpers/feed-server.js';

let dir: string;
const DOC = demoRss();
const state = (url: string, bodyHash: string | null = null): FetchState => ({ url, etag: null, lastModified: null, bodyHash });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-fetch-file-'));
  fs.writeFileSync(path.join(dir, 'funding.xml'), DOC);
  fs.writeFileSync(path.join(dir, 'funding.xml.gz'), gzipSync(DOC));
  fs.writeFileSync(path.join(dir, 'latin1.rss'), iconv.encode(rssDocument('Notícias', [{ title: 'Orbital Freight fecha ronda seed de 4 M€'.replace('€', 'EUR'), link: 'https://jn.example.pt/orbital' }], 'ISO-8859-1'), 'latin1'));
  fs.writeFileSync(path.join(dir, 'empty.xml'), '');
  fs.writeFileSync(path.join(dir, 'big.xml'), Buffer.alloc(300 * 1024, 0x20));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('local files', () => {
  it('reads an absolute path, a relative path and a file:// URL alike', async () => {
    const abs = path.join(dir, 'funding.xml');
    const rel = path.relative(process.cwd(), abs);
    for (const url of [abs, rel, pathToFileURL(abs).href]) {
      const out = await fetchFeed(state(url));
      expect(out.kind).toBe('ok');
      if (out.kind !== 'ok') return;
      expect(out.text).toBe(DOC.trimStart());
      expect(out.finalUrl).toBe(pathToFileURL(abs).href);
      expect(out.contentType).toBe('application/xml');
    }
  });

  it('is unchanged when the content hash matches', async () => {
    const hash = createHash('sha256').update(DOC).digest('hex');
    const out = await fetchFeed(state(path.join(dir, 'funding.xml'), hash));
    expect(out).toMatchObject({ kind: 'unchanged', bodyHash: hash, permanentRedirect: null });
  });

  it('inflates gzip files by their magic bytes', async () => {
    const out = await fetchFeed(state(path.join(dir, 'funding.xml.gz')));
    expect(out.kind === 'ok' && out.text).toBe(DOC.trimStart());
  });

  const realGzip = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'realworld', 'feeds', 'node-feedparser', 'compressed.xml');
  if (!fs.existsSync(realGzip)) console.warn(`file-source tests: ${realGzip} is absent, skipping the real gzip capture`);
  it.skipIf(!fs.existsSync(realGzip))('a real gzip capture saved without any hint is inflated and decoded', async () => {
    const out = await fetchFeed(state(realGzip));
    expect(out.kind).toBe('ok');
    expect(out.kind === 'ok' && out.text.startsWith('<?xml')).toBe(true);
  });

  it('decodes legacy charsets the same way as HTTP bodies', async () => {
    const out = await fetchFeed(state(path.join(dir, 'latin1.rss')));
    expect(out.kind === 'ok' && out.text).toContain('<title>Notícias</title>');
  });

  it('reports missing, empty, directory and oversize files in one line', async () => {
    expect(await fetchFeed(state(path.join(dir, 'nope.xml')))).toMatchObject({ kind: 'error', message: `no such file: ${path.join(dir, 'nope.xml')}` });
    expect(await fetchFeed(state(path.join(dir, 'empty.xml')))).toMatchObject({ kind: 'error', message: `${path.join(dir, 'empty.xml')} is empty` });
    expect(await fetchFeed(state(dir))).toMatchObject({ kind: 'error', message: `${dir} is a directory, not a feed file` });
    expect(await fetchFeed(state(path.join(dir, 'big.xml')), { maxBytes: 100 * 1024 })).toMatchObject({ kind: 'error', message: 'body larger than 100 KiB' });
  });
});

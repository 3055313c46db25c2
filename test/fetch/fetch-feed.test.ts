import { createHash } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, fetchFeed, USER_AGENT, type FetchOutcome, type FetchState } from '../../src/fetch/fetch-feed.js';
import { VERSION } from '../../src/version.js';
import {
  brotli,
  deflated,
  demoRss,
  failThen,
  gone,
  gzipBomb,
  gzipped,
  hang,
  htmlWithAlternate,
  noValidators,
  oversize,
  raw,
  rateLimited,
  redirect,
  reset,
  rssDocument,
  slowBody,
  startFeedServer,
  staticFeed,
  status,
  type FeedServer,
} from '../helpers/feed-server.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DOC = demoRss();
const DOC_HASH = createHash('sha256').update(DOC).digest('hex');
const fresh = (url: string): FetchState => ({ url, etag: null, lastModified: null, bodyHash: null });
const fast = { retries: 0, timeoutMs: 2000 };

function expectKind<K extends FetchOutcome['kind']>(out: FetchOutcome, kind: K): Extract<FetchOutcome, { kind: K }> {
  if (out.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(out)}`);
  return out as Extract<FetchOutcome, { kind: K }>;
}

let server: FeedServer;
const agent = createAgent({ connections: 4, connectTimeoutMs: 2000 });

beforeAll(async () => {
  const chain = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`/chain/${n}`, redirect(`/chain/${n + 1}`)]));
  server = await startFeedServer({
    '/etag': staticFeed(DOC, { etag: '"nw-28m-v1"', lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT' }),
    '/last-modified': staticFeed(DOC, { lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT' }),
    '/plain': noValidators(DOC),
    '/429': rateLimited('120'),
    '/429-date': rateLimited(new Date(Date.now() + 3_600_000).toUTCString()),
    '/429-short': rateLimited('0'),
    '/503': rateLimited('30', 503),
    '/flaky': failThen(1, noValidators(DOC)),
    '/broken': status(500),
    '/not-found': status(404),
    '/gone': gone(),
    '/gzip': gzipped(DOC),
    '/gzip-no-header': gzipped(DOC, { header: false }),
    '/gzip-twice': raw(gzipSync(gzipSync(DOC)), { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }),
    '/deflate': deflated(DOC),
    '/deflate-raw': deflated(DOC, { rawDeflate: true }),
    '/br': brotli(DOC),
    '/lying-gzip': raw(DOC, { 'Content-Type': 'application/rss+xml', 'Content-Encoding': 'gzip' }),
    '/slow': slowBody(100),
    '/hang': hang(),
    '/huge': oversize(3 * 1024 * 1024),
    '/huge-chunked': oversize(3 * 1024 * 1024, { chunked: true }),
    '/bomb': gzipBomb(64 * 1024 * 1024),
    '/old-home': redirect('/new-home', 301),
    '/new-home': redirect('/etag', 308),
    '/temp-then-perm': redirect('/old-home', 302),
    '/perm-then-temp': redirect('/temp-hop', 301),
    '/temp-hop': redirect('/plain', 307),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/to-ftp': redirect('ftp://files.example.com/feed.xml'),
    ...chain,
    '/chain/8': noValidators(DOC),
    '/latin1-declared-utf8': raw(
      iconv.encode(rssDocument('Notícias de Negócios', [{ title: 'Ferrum Pay levanta £12M numa Série A', link: 'https://jn.example.pt/ferrum' }], 'ISO-8859-1'), 'latin1'),
      { 'Content-Type': 'text/xml; charset=utf-8' },
    ),
    '/cp1251-header': raw(
      iconv.encode(rssDocument('Новости венчурного рынка', [{ title: 'Orbital Freight привлекла €4 млн', link: 'https://vc.example.ru/orbital-freight' }]), 'windows-1251'),
      { 'Content-Type': 'application/rss+xml; charset=windows-1251' },
    ),
    '/page': htmlWithAlternate('/etag'),
    '/reset': reset(),
    '/empty': raw('', { 'Content-Type': 'application/rss+xml' }),
  });
});


afterAll(async () => {
  await server.close();
  await agent.close();
});

const get = (p: string, opts = {}, state: Partial<FetchState> = {}) =>
  fetchFeed({ ...fresh(server.url + p), ...state }, { ...fast, dispatcher: agent, ...opts });

describe('conditional GET', () => {
  it('sends the stored ETag and Last-Modified and treats 304 as unchanged without a body', async () => {
    const first = expectKind(await get('/etag'), 'ok');
    expect(first.etag).toBe('"nw-28m-v1"');
    expect(first.lastModified).toBe('Mon, 23 Nov 2026 08:00:00 GMT');
    expect(first.bodyHash).toBe(DOC_HASH);
    expect(first.text).toContain('Northwind Analytics raises $28M Series B');

    const again = expectKind(await get('/etag', {}, { etag: first.etag, lastModified: first.lastModified, bodyHash: first.bodyHash }), 'unchanged');
    expect(again.status).toBe(304);
    expect(again.etag).toBe('"nw-28m-v1"');
    expect(again.bodyHash).toBe(DOC_HASH);
    expect(server.lastRequest('/etag')?.['if-none-match']).toBe('"nw-28m-v1"');
    expect(server.lastRequest('/etag')?.['if-modified-since']).toBe('Mon, 23 Nov 2026 08:00:00 GMT');
  });

  it('uses Last-Modified alone when there is no ETag', async () => {
    const out = expectKind(await get('/last-modified', {}, { lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT' }), 'unchanged');
    expect(out.status).toBe(304);
    expect(out.lastModified).toBe('Mon, 23 Nov 2026 08:00:00 GMT');
  });

  it('without validators, an identical body hash means unchanged; a different one means ok', async () => {
    const same = expectKind(await get('/plain', {}, { bodyHash: DOC_HASH }), 'unchanged');
    expect(same.status).toBe(200);
    expect(same.etag).toBeNull();
    const changed = expectKind(await get('/plain', {}, { bodyHash: 'a'.repeat(64) }), 'ok');
    expect(changed.bodyHash).toBe(DOC_HASH);
  });

  it('identifies itself with a User-Agent naming the tool and version, and asks for compression', async () => {
    await get('/plain');
    const h = server.lastRequest('/plain')!;
    expect(h['user-agent']).toBe(USER_AGENT);
    expect(h['user-agent']).toContain(`signals/${VERSION}`);
    expect(h['accept-encoding']).toBe('gzip, deflate, br');
    expect(h.accept).toContain('application/rss+xml');
  });
});

describe('status codes, Retry-After and retries', () => {
  it('429 with a long Retry-After in seconds is reported, not retried', async () => {
    const before = server.hits('/429');
    const out = expectKind(await get('/429', { retries: 2 }), 'error');
    expect(out).toMatchObject({ status: 429, message: 'HTTP 429 Too Many Requests', retryAfterMs: 120_000, transient: true, gone: false });
    expect(server.hits('/429') - before).toBe(1);
  });

  it('Retry-After as an HTTP-date becomes milliseconds from now', async () => {
    const out = expectKind(await get('/429-date'), 'error');
    expect(out.retryAfterMs).toBeGreaterThan(3_500_000);
    expect(out.retryAfterMs).toBeLessThanOrEqual(3_600_000);
  });

  it('a short Retry-After is waited out and retried within the fetch', async () => {
    const before = server.hits('/429-short');
    const out = expectKind(await get('/429-short', { retries: 1 }), 'error');
    expect(out.status).toBe(429);
    expect(server.hits('/429-short') - before).toBe(2);
  });

  it('503 honours Retry-After too', async () => {
    const out = expectKind(await get('/503'), 'error');
    expect(out).toMatchObject({ status: 503, message: 'HTTP 503 Service Unavailable', retryAfterMs: 30_000, transient: true });
  });

  it('a 500 followed by success is retried and succeeds', async () => {
    const out = expectKind(await get('/flaky', { retries: 2 }), 'ok');
    expect(out.text).toContain('Kestrel Security names Marcus Chen');
    expect(server.hits('/flaky')).toBe(2);
  });

  it('a persistent 500 is retried `retries` times and then reported as transient', async () => {
    const before = server.hits('/broken');
    const out = expectKind(await get('/broken', { retries: 2 }), 'error');
    expect(out).toMatchObject({ status: 500, message: 'HTTP 500 Internal Server Error', transient: true });
    expect(server.hits('/broken') - before).toBe(3);
  });

  it('4xx is not retried', async () => {
    const before = server.hits('/not-found');
    const out = expectKind(await get('/not-found', { retries: 2 }), 'error');
    expect(out).toMatchObject({ status: 404, message: 'HTTP 404 Not Found', transient: false, gone: false, retryAfterMs: null });
    expect(server.hits('/not-found') - before).toBe(1);
  });

  it('410 Gone is marked gone', async () => {
    const out = expectKind(await get('/gone'), 'error');
    expect(out).toMatchObject({ status: 410, message: 'HTTP 410 Gone', gone: true, transient: false });
  });

  it('an empty 200 is an error, not an empty feed', async () => {
    const out = expectKind(await get('/empty'), 'error');
    expect(out.message).toBe('empty response (HTTP 200)');
  });
});

describe('compression', () => {
  it.each(['/gzip', '/gzip-no-header', '/gzip-twice', '/deflate', '/deflate-raw', '/br', '/lying-gzip'])('%s decodes to the document', async (p) => {
    const out = expectKind(await get(p), 'ok');
    expect(out.text).toBe(DOC.trimStart());
    // The hash is of the decoded document, so a server switching compression does not look like a change.
    expect(out.bodyHash).toBe(DOC_HASH);
  });

  it('a decompression bomb stops at the size cap', async () => {
    const out = expectKind(await get('/bomb', { maxBytes: 1024 * 1024 }), 'error');
    expect(out.message).toBe('body larger than 1 MiB');
  });
});

describe('limits', () => {
  it('a declared Content-Length over the cap is refused', async () => {
    const out = expectKind(await get('/huge', { maxBytes: 256 * 1024 }), 'error');
    expect(out.message).toBe('body larger than 256 KiB');
    expect(out.transient).toBe(false);
  });

  it('an undeclared (chunked) body is stopped while streaming once it passes the cap', async () => {
    const out = expectKind(await get('/huge-chunked', { maxBytes: 256 * 1024 }), 'error');
    expect(out).toMatchObject({ message: 'body larger than 256 KiB', status: 200, transient: false });
  });

  it('the default cap is 15 MiB', async () => {
    const s = await startFeedServer({ '/x': oversize(15 * 1024 * 1024 + 1) });
    try {
      const out = expectKind(await fetchFeed(fresh(s.url + '/x'), { retries: 0, dispatcher: agent }), 'error');
      expect(out.message).toBe('body larger than 15 MiB');
    } finally {
      await s.close();
    }
  });

  it('a body that trickles past the total timeout is a timeout', async () => {
    const out = expectKind(await get('/slow', { timeoutMs: 400 }), 'error');
    expect(out).toMatchObject({ message: 'timed out after 400 ms', status: null, transient: true });
  });

  it('a server that never answers is a timeout', async () => {
    const out = expectKind(await get('/hang', { timeoutMs: 1500 }), 'error');
    expect(out.message).toBe('timed out after 1.5 s');
  });

  it('a refused connection names the address', async () => {
    const out = expectKind(await fetchFeed(fresh('http://127.0.0.1:9/feed.xml'), { retries: 0, dispatcher: agent }), 'error');
    expect(out).toMatchObject({ message: 'connection refused (127.0.0.1:9)', status: null, transient: true });
  });

  it('a reset connection is transient', async () => {
    const out = expectKind(await get('/reset'), 'error');
    expect(out.message).toMatch(/^connection reset by 127\.0\.0\.1:\d+$/);
    expect(out.transient).toBe(true);
  });

  it('a name that does not resolve is a DNS failure', async () => {
    const out = expectKind(await fetchFeed(fresh('http://northwind-feeds.invalid/rss'), { retries: 0, dispatcher: agent }), 'error');
    expect(out.message).toMatch(/^DNS lookup failed for northwind-feeds\.invalid/);
  });
});

describe('redirects', () => {
  it('a 301 then 308 chain is followed and reported as a permanent redirect', async () => {
    const out = expectKind(await get('/old-home'), 'ok');
    expect(out.finalUrl).toBe(server.url + '/etag');
    expect(out.permanentRedirect).toBe(server.url + '/etag');
  });

  it('a temporary hop first means nothing permanent to remember', async () => {
    const out = expectKind(await get('/temp-then-perm'), 'ok');
    expect(out.finalUrl).toBe(server.url + '/etag');
    expect(out.permanentRedirect).toBeNull();
  });

  it('a permanent hop then a temporary one remembers only the permanent part', async () => {
    const out = expectKind(await get('/perm-then-temp'), 'ok');
    expect(out.finalUrl).toBe(server.url + '/plain');
    expect(out.permanentRedirect).toBe(server.url + '/temp-hop');
  });

  it('a 304 after a permanent redirect still reports the new home', async () => {
    const out = expectKind(await get('/old-home', {}, { etag: '"nw-28m-v1"' }), 'unchanged');
    expect(out.permanentRedirect).toBe(server.url + '/etag');
  });

  it('a loop is detected', async () => {
    const out = expectKind(await get('/loop-a'), 'error');
    expect(out.message).toBe(`too many redirects (loop at ${server.url}/loop-a)`);
  });

  it('more than 5 redirects is too many; 5 is fine', async () => {
    const out = expectKind(await get('/chain/1'), 'error');
    expect(out.message).toBe(`too many redirects (more than 5, last at ${server.url}/chain/7)`);
    expectKind(await get('/chain/3'), 'ok');
  });

  it('a redirect to a non-HTTP scheme is refused', async () => {
    const out = expectKind(await get('/to-ftp'), 'error');
    expect(out.message).toBe('redirect to an unsupported URL: ftp://files.example.com/feed.xml');
  });
});

describe('charset over HTTP', () => {
  it('Latin-1 bytes under a wrong "charset=utf-8" header decode by the prolog', async () => {
    const out = expectKind(await get('/latin1-declared-utf8'), 'ok');
    expect(out.text).toContain('Ferrum Pay levanta £12M numa Série A');
    expect(out.text).toContain('<?xml version="1.0" encoding="UTF-8"?>');
  });

  it('the Content-Type charset is used for non-UTF-8 bytes', async () => {
    const out = expectKind(await get('/cp1251-header'), 'ok');
    expect(out.text).toContain('Orbital Freight привлекла €4 млн');
    expect(out.contentType).toBe('application/rss+xml; charset=windows-1251');
  });

  it('an HTML page comes back as ok text with its content type, for the parser to point at the feed', async () => {
    const out = expectKind(await get('/page'), 'ok');
    expect(out.contentType).toBe('text/html; charset=utf-8');
    expect(out.text).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

describe('TLS', () => {
  it('a self-signed certificate is a TLS certificate error', async () => {
    const dir = path.join(ROOT, 'fixtures', 'http');
    const tls = https.createServer(
      { key: fs.readFileSync(path.join(dir, 'self-signed-key.pem')), cert: fs.readFileSync(path.join(dir, 'self-signed-cert.pem')) },
      (_req, res) => res.end(DOC),
    );
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    try {
      const port = (tls.address() as AddressInfo).port;
      const out = expectKind(await fetchFeed(fresh(`https://127.0.0.1:${port}/feed.xml`), { retries: 2, dispatcher: agent }), 'error');
      expect(out.message).toMatch(/^TLS certificate error: self[- ]signed certificate/);
      expect(out.transient).toBe(false);
    } finally {
      tls.closeAllConnections();
      await new Promise((r) => tls.close(r));
    }
  });
});

describe('sources', () => {
  it('refuses unsupported schemes with one clear line', async () => {
    for (const url of ['ftp://files.example.com/feed.xml', 'javascript:alert(1)', 'mailto:press@northwindanalytics.com']) {
      const out = expectKind(await fetchFeed(fresh(url)), 'error');
      expect(out.message).toMatch(/^unsupported feed source ".+": use an http\(s\):\/\/ URL, a file:\/\/ URL or a local path$/);
    }
  });

  it('works without a shared agent', async () => {
    const out = expectKind(await fetchFeed(fresh(server.url + '/plain'), { retries: 0 }), 'ok');
    expect(out.status).toBe(200);
  });
});

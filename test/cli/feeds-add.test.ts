import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureBuilt, runP, scratch } from '../helpers/cli.js';

// `feeds add` reads a source once before storing it: a blog's homepage becomes the feed it
// advertises, a page or a 404 is refused at the keyboard, and a host that is down today is
// added with a warning (the scan retries it).

const feed = fs.readFileSync(path.join(ROOT, 'fixtures', 'feeds', 'funding-wire.xml'));
const page = (head: string) => `<!DOCTYPE html>\n<html><head><title>Northwind Analytics blog</title>${head}</head><body><h1>Blog</h1></body></html>`;

let url = '';
let server: http.Server;
beforeAll(async () => {
  ensureBuilt();
  server = http.createServer((req, res) => {
    switch (req.url) {
      case '/blog/':
        return void res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
          .end(page('<link rel="alternate" type="application/rss+xml" title="Northwind news" href="/blog/feed.xml">'));
      case '/old-blog/':
        return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('<link rel="alternate" type="application/atom+xml" href="/old-blog/atom.xml">'));
      case '/about':
        return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(''));
      case '/blog/feed.xml':
        return void res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feed);
      case '/rss':
        return void res.writeHead(301, { Location: '/blog/feed.xml' }).end();
      case '/busy':
        return void res.writeHead(503, { 'Retry-After': '120' }).end('try later');
      default:
        return void res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const listed = async (s: ReturnType<typeof scratch>) =>
  (JSON.parse((await runP(['--db', s.db, 'feeds', 'list', '--json'], s.env)).stdout) as Array<{ url: string; name: string | null; kind: string | null }>).map((f) => f.url);

describe('feeds add reads the source first', () => {
  it('adds a readable feed and says what it holds', async () => {
    const s = scratch();
    const r = await runP(['--db', s.db, 'feeds', 'add', `${url}/blog/feed.xml`, '--kind', 'funding'], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^added feed 1: http:\/\/127\.0\.0\.1:\d+\/blog\/feed\.xml \(funding\) — "[^"]+", \d+ items\n$/);
    s.cleanup();
  });

  it('lists a feed added without --name under the title it gives itself', async () => {
    const s = scratch();
    await runP(['--db', s.db, 'feeds', 'add', `${url}/blog/feed.xml`], s.env);
    // Known from the check `feeds add` makes, before any scan.
    const [listed] = JSON.parse((await runP(['--db', s.db, 'feeds', 'list', '--json'], s.env)).stdout) as Array<{ name: string | null; title: string }>;
    expect(listed).toMatchObject({ name: null, title: 'Funding Wire — Venture Capital & Private Equity News Releases' });
    const table = (await runP(['--db', s.db, 'feeds', 'list'], s.env)).stdout;
    expect(table).toMatch(/^ 1 {2}Funding Wire — Venture Capital/m);
    s.cleanup();
  });

  it("adds the feed a web page advertises instead of the page", async () => {
    const s = scratch();
    const r = await runP(['--db', s.db, 'feeds', 'add', `${url}/blog/`], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`added feed 1: ${url}/blog/feed.xml`);
    expect(r.stderr).toContain(`the feed that ${url}/blog/ advertises`);
    expect(await listed(s)).toEqual([`${url}/blog/feed.xml`]);
    // Adding the page again finds the feed already there.
    const again = await runP(['--db', s.db, 'feeds', 'add', `${url}/blog/`], s.env);
    expect(again.stderr).toContain(`feed 1 already present: ${url}/blog/feed.xml`);
    s.cleanup();
  });

  it('stores where a permanent redirect leads', async () => {
    const s = scratch();
    const r = await runP(['--db', s.db, 'feeds', 'add', `${url}/rss`], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${url}/rss moved here permanently`);
    expect(await listed(s)).toEqual([`${url}/blog/feed.xml`]);
    s.cleanup();
  });

  it('refuses a page without a feed, a 404 and a broken file with one line and exit 65, and stores nothing', async () => {
    const s = scratch();
    const broken = path.join(s.dir, 'cut-short.xml');
    fs.writeFileSync(broken, feed.subarray(0, Math.floor(feed.length / 2)));
    for (const [source, says] of [
      [`${url}/about`, 'not a feed (an HTML page that advertises no feed)'],
      [`${url}/no-such-feed.xml`, '404'],
      [broken, 'cut short'],
      [`${url}/old-blog/`, `the feed it advertises could not be read (${url}/old-blog/atom.xml: HTTP 404`],
    ] as const) {
      const r = await runP(['--db', s.db, 'feeds', 'add', source], s.env);
      expect(r.code, r.stderr).toBe(65);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(source);
      expect(r.stderr).toContain(says);
      expect(r.stderr).toContain('--no-check');
    }
    expect(await listed(s)).toEqual([]);
    // --no-check stores it as given.
    const r = await runP(['--db', s.db, 'feeds', 'add', `${url}/about`, '--no-check'], s.env);
    expect(r.code).toBe(0);
    expect(await listed(s)).toEqual([`${url}/about`]);
    s.cleanup();
  });

  it('adds a source that is down right now, with a warning', async () => {
    const s = scratch();
    for (const source of [`${url}/busy`, 'http://127.0.0.1:9/feed.xml']) {
      const r = await runP(['--db', s.db, 'feeds', 'add', source], s.env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^warning: could not read .+ just now \(.+\); adding it anyway/);
    }
    expect(await listed(s)).toHaveLength(2);
    s.cleanup();
  });
});

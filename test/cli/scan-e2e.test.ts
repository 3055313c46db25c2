import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { feedDoc } from '../../src/bench/corpus.js';
import { ensureBuilt, runAsync, runP, scratch } from '../helpers/cli.js';

// The built CLI against a real HTTP server on 127.0.0.1 and a real SQLite file.
const FEEDS = 24;
const ITEMS = 20;

interface Server {
  url: string;
  delayMs: number;
  notModified: number;
  close(): Promise<void>;
}

function startServer(): Promise<Server> {
  const docs = Array.from({ length: FEEDS }, (_, i) => {
    const body = Buffer.from(feedDoc(i, ITEMS));
    return { body, etag: `"${createHash('sha1').update(body).digest('hex')}"` };
  });
  const state = { delayMs: 0, notModified: 0 };
  const server = http.createServer((req, res) => {
    const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
    if (req.url === '/gone') return void res.writeHead(410).end('gone');
    const doc = m ? docs[Number(m[1])] : undefined;
    if (!doc) return void res.writeHead(404).end();
    setTimeout(() => {
      if (req.headers['if-none-match'] === doc.etag) {
        state.notModified++;
        return void res.writeHead(304, { ETag: doc.etag }).end();
      }
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: doc.etag }).end(doc.body);
    }, state.delayMs);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        get delayMs() {
          return state.delayMs;
        },
        set delayMs(v: number) {
          state.delayMs = v;
        },
        get notModified() {
          return state.notModified;
        },
        close: () => new Promise((r) => server.close(() => r())),
      } as Server);
    }),
  );
}

function itemCounts(db: string): number[] {
  const h = new Database(db, { readonly: true });
  const rows = h.prepare('SELECT f.id, count(i.id) AS n FROM feeds f LEFT JOIN items i ON i.feed_id = f.id GROUP BY f.id ORDER BY f.id').all() as Array<{ n: number }>;
  h.close();
  return rows.map((r) => r.n);
}

describe('signals scan end to end', () => {
  let srv: Server;
  beforeAll(async () => {
    ensureBuilt();
    srv = await startServer();
  });
  afterAll(() => srv.close());

  // Feeds arrive the way a rep brings them from another reader: one OPML import.
  async function addAll(db: string, env: NodeJS.ProcessEnv) {
    const outlines = Array.from({ length: FEEDS }, (_, i) => `<outline type="rss" text="Wire ${i}" xmlUrl="${srv.url}/feed/${i}"/>`).join('\n');
    const opml = path.join(path.dirname(db), 'feeds.opml');
    fs.writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="Funding">${outlines}</outline></body></opml>`);
    const r = await runP(['--db', db, 'feeds', 'import', opml], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${FEEDS} added`);
  }

  it('stores every item once; an immediate rescan is all 304 and reports 0 new', async () => {
    const s = scratch();
    await addAll(s.db, s.env);
    const first = await runP(['--db', s.db, 'scan'], s.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`${FEEDS * ITEMS} new items`);
    const before = srv.notModified;
    const second = await runP(['--db', s.db, 'scan'], s.env);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('0 new items');
    expect(second.stderr).toContain(`${FEEDS} unchanged`);
    expect(second.stderr).not.toContain('older version of the extractor');
    expect(srv.notModified - before).toBe(FEEDS);
    expect(itemCounts(s.db)).toEqual(Array(FEEDS).fill(ITEMS));
    // Each summary only repeats the opening of its item's content, so none is stored.
    const h = new Database(s.db, { readonly: true });
    expect(h.prepare('SELECT count(*) FROM items WHERE summary IS NOT NULL').pluck().get()).toBe(0);
    expect(h.prepare('SELECT count(*) FROM items WHERE content IS NULL').pluck().get()).toBe(0);
    h.close();
    // Events found in the parse workers equal what main-thread re-extraction finds.
    const events = JSON.parse((await runP(['--db', s.db, 'events', '--json'], s.env)).stdout) as unknown[];
    expect(events.length).toBeGreaterThan(0);
    // Items an older extractor read are pointed out after a scan, until `reextract` reads them again.
    const w = new Database(s.db);
    w.prepare('UPDATE items SET extracted_version = 1 WHERE id IN (SELECT id FROM items LIMIT 3)').run();
    w.close();
    const stale = await runP(['--db', s.db, 'scan'], s.env);
    expect(stale.stderr).toContain("note: 3 stored items were read by an older version of the extractor — `signals reextract` reads them again with today's rules");
    const re = await runP(['--db', s.db, 'reextract'], s.env);
    expect(re.code, re.stderr).toBe(0);
    expect(re.stderr).toContain(`${events.length} events (${events.length} before)`);
    expect((await runP(['--db', s.db, 'scan'], s.env)).stderr).not.toContain('older version');
    const quiet = await runP(['--db', s.db, '--quiet', 'scan'], s.env);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr + quiet.stdout).toBe('');
    s.cleanup();
  });

  it('a second scan while one runs exits 75 naming the pid', async () => {
    const s = scratch();
    await addAll(s.db, s.env);
    srv.delayMs = 1500;
    const a = runAsync(['--db', s.db, 'scan', '--concurrency', '2'], s.env);
    try {
      await new Promise((r) => setTimeout(r, 700));
      const b = await runP(['--db', s.db, 'scan', '--wait', '1'], s.env);
      expect(b.code).toBe(75);
      expect(b.stderr).toMatch(/another scan is running \(pid \d+\)/);
      expect(b.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      srv.delayMs = 0;
      a.child.kill('SIGKILL');
      await a.done;
    }
    s.cleanup();
  });

  it('kill -9 mid-scan loses nothing stored, leaves no half-written feed, and the next scan continues', async () => {
    const s = scratch();
    await addAll(s.db, s.env);
    srv.delayMs = 150;
    const a = runAsync(['--db', s.db, 'scan', '--concurrency', '1'], s.env);
    // Wait until some feeds are stored, then kill without warning.
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        if (itemCounts(s.db).some((n) => n > 0)) break;
      } catch {
        /* database not created yet */
      }
    }
    a.child.kill('SIGKILL');
    await a.done;
    srv.delayMs = 0;
    const partial = itemCounts(s.db);
    expect(partial.every((n) => n === 0 || n === ITEMS)).toBe(true);
    expect(partial.some((n) => n === 0)).toBe(true);
    const again = await runP(['--db', s.db, 'scan'], s.env);
    expect(again.code, again.stderr).toBe(0);
    expect(itemCounts(s.db)).toEqual(Array(FEEDS).fill(ITEMS));
    const h = new Database(s.db, { readonly: true });
    expect(h.pragma('integrity_check', { simple: true })).toBe('ok');
    h.close();
    s.cleanup();
  });

  it('one dead feed never spoils the scan; only dead feeds exit 69; 410 disables', async () => {
    const s = scratch();
    await runP(['--db', s.db, 'feeds', 'add', `${srv.url}/feed/0`], s.env);
    await runP(['--db', s.db, 'feeds', 'add', 'http://127.0.0.1:9/feed.xml', '--name', 'dead host'], s.env);
    // Added unchecked: a feed that was live when added and has since been withdrawn.
    await runP(['--db', s.db, 'feeds', 'add', `${srv.url}/gone`, '--name', 'gone', '--no-check'], s.env);
    const r = await runP(['--db', s.db, 'scan', '--timeout', '3'], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${ITEMS} new items`);
    expect(r.stderr).toMatch(/dead host: .+/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const list = JSON.parse((await runP(['--db', s.db, 'feeds', 'list', '--json'], s.env)).stdout) as Array<{ name: string; enabled: boolean; consecutive_errors: number; last_error: string }>;
    const dead = list.find((f) => f.name === 'dead host')!;
    expect(dead.consecutive_errors).toBe(1);
    expect(dead.last_error).toBeTruthy();
    expect(list.find((f) => f.name === 'gone')!.enabled).toBe(false);

    const only = scratch();
    await runP(['--db', only.db, 'feeds', 'add', 'http://127.0.0.1:9/feed.xml'], only.env);
    const r2 = await runP(['--db', only.db, 'scan', '--timeout', '3'], only.env);
    expect(r2.code).toBe(69);
    s.cleanup();
    only.cleanup();
  });

  it('refuses sources it cannot read with a clear one-line message', async () => {
    const s = scratch();
    const ftp = await runP(['--db', s.db, 'feeds', 'add', 'ftp://example.com/feed.xml'], s.env);
    expect(ftp.code).toBe(64);
    expect(ftp.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runP(['--db', s.db, 'feeds', 'add', '/no/such/feed.xml'], s.env);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toContain('/no/such/feed.xml');
    const kind = await runP(['--db', s.db, 'feeds', 'add', `${srv.url}/feed/1`, '--kind', 'jobz'], s.env);
    expect(kind.code).toBe(64);
    expect(kind.stderr).toContain('funding, jobs, news');
    s.cleanup();
  });
});

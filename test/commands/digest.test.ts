import { describe, it, expect, beforeAll, beforeEach, afterEach } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ensureBuilt, run, runAsync, scratch } from '../helpers/cli.js';
import { seedDemoDb, readMeta, DEMO_NOW } from '../digest/db-fixture.js';

// The built CLI against a real database file, clock pinned to the demo morning.
let s: ReturnType<typeof scratch>;
let env: NodeJS.ProcessEnv;

beforeAll(() => ensureBuilt(), 120_000);
beforeEach(() => {
  s = scratch('signals-digest-');
  seedDemoDb(s.db);
  env = { ...s.env, SIGNALS_NOW: DEMO_NOW };
});
afterEach(() => s.cleanup());

const digest = (...args: string[]) => run(['--db', s.db, 'digest', ...args], env);

describe('signals digest', () => {
  it('first run covers 24h, writes the file, then advances the mark; the next run has nothing new', () => {
    const out = path.join(s.dir, 'out', 'digest.md');
    const first = digest('--format', 'markdown', '--out', out);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('| 88 | new | [Northwind Analytics](https://northwindanalytics.com/) |');
    expect(md).toContain('Marcus Chen, 1st');
    expect(md).toContain('### Funding (2)');
    expect(md).toContain('[people-moves](https://peoplemoves.example.com/kestrel-marcus-chen)');
    expect(readMeta(s.db, 'last_digest_at')).toBe(DEMO_NOW);

    const second = digest();
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('nothing new since 2026-11-23 08:00 UTC\n');
    const quiet = run(['--db', s.db, 'digest', '--quiet'], env);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).toBe('');
  });

  it('text to stdout carries no escape sequences from hostile feed titles', () => {
    const r = digest('--format', 'text');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Northwind Analytics');
    expect(r.stdout).toContain('Brightline Robotics raises $60M Series D');
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('--min-score leaves out low prospects (events still listed)', () => {
    const j = JSON.parse(digest('--format', 'json', '--min-score', '50').stdout);
    expect(j.prospects.map((p: { company: string }) => p.company)).toEqual(['Northwind Analytics', 'Kestrel Security']);
    expect(j.event_count).toBe(3);
  });

  it('a fixed --since window is a look back: the mark stays', () => {
    const r = digest('--since', '7d', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).prospect_count).toBe(3);
    expect(readMeta(s.db, 'last_digest_at')).toBeNull();
  });

  it('a file that cannot be written is an error and the mark stays', () => {
    fs.writeFileSync(path.join(s.dir, 'not-a-dir'), 'x');
    const r = digest('--out', path.join(s.dir, 'not-a-dir', 'digest.txt'));
    expect(r.code).toBe(74);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readMeta(s.db, 'last_digest_at')).toBeNull();
  });

  it('--format html writes a self-contained page', () => {
    const out = path.join(s.dir, 'digest.html');
    expect(digest('--format', 'html', '--out', out).code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('data-prospect="kestrel-security/marcus-chen"');
    expect(html).not.toMatch(/<script|<link|<img/i);
  });

  it('rejects bad flags with a usage error', () => {
    expect(digest('--format', 'pdf').code).toBe(64);
    expect(digest('--since', '7d', '--since-last').code).toBe(64);
    expect(digest('--min-score', 'lots').code).toBe(64);
    expect(digest('--webhook', 'ftp://hooks.example.com/x').code).toBe(64);
  });
});

describe('signals digest --webhook', () => {
  let server: http.Server;
  let status = 200;
  let received: Array<{ headers: http.IncomingHttpHeaders; body: string; url: string }> = [];

  beforeEach(async () => {
    received = [];
    status = 200;
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body, url: req.url ?? '' });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status === 200 ? 'ok' : 'invalid_payload');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterEach(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  const hook = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/secret-token`;
  const post = async (...extra: string[]) => runAsync(['--db', s.db, 'digest', '--webhook', hook(), ...extra], env).done;

  it('posts a Slack message with blocks and a text fallback, then advances the mark', async () => {
    const r = await post();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(received).toHaveLength(1);
    expect(received[0]!.headers['content-type']).toContain('application/json');
    const msg = JSON.parse(received[0]!.body);
    expect(msg.text).toContain('3 new or risen prospects, 3 new events');
    expect(msg.blocks[0].type).toBe('header');
    expect(JSON.stringify(msg.blocks)).toContain('<https://northwindanalytics.com/|Northwind Analytics>');
    expect(readMeta(s.db, 'last_digest_at')).toBe(DEMO_NOW);
    expect(r.stderr).not.toContain('secret-token');
  });

  it('a non-2xx answer is exit 69 with one line, and the mark stays', async () => {
    status = 500;
    const r = await post('--format', 'text');
    expect(r.code).toBe(69);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/webhook http:\/\/127\.0\.0\.1:\d+ answered 500/);
    expect(r.stderr).not.toContain('secret-token');
    expect(readMeta(s.db, 'last_digest_at')).toBeNull();
  });

  it('an unreachable webhook is exit 69 and the mark stays', async () => {
    const url = hook();
    await new Promise<void>((r) => server.close(() => r()));
    server = http.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const r = await runAsync(['--db', s.db, 'digest', '--webhook', url], env).done;
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/unreachable/);
    expect(readMeta(s.db, 'last_digest_at')).toBeNull();
  });

  it('posts nothing when there is nothing new', async () => {
    expect((await post()).code).toBe(0);
    const again = await post();
    expect(again.code).toBe(0);
    expect(received).toHaveLength(1);
    expect(again.stderr).toContain('nothing new since 2026-11-23 08:00 UTC');
  });
});

// `npm run bench`: the speed and memory targets of issues 2 and 3, measured side by side in one run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedDoc, makeItems } from './corpus.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 2000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'bin', 'signals');

interface Doc {
  body: Buffer;
  etag: string;
}

function log(msg: string) {
  process.stderr.write(msg + '\n');
}

async function parseBaseline(docs: Doc[]): Promise<{ items: number; ms: number }> {
  const { default: Parser } = await import('rss-parser');
  const parser = new Parser();
  const t = performance.now();
  let items = 0;
  for (const d of docs) items += (await parser.parseString(d.body.toString('utf8'))).items.length;
  return { items, ms: performance.now() - t };
}

function serve(docs: Doc[]) {
  const state = { validators: true, hits: 0, notModified: 0 };
  const server = http.createServer((req, res) => {
    state.hits++;
    const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
    const doc = m ? docs[Number(m[1])] : undefined;
    if (!doc) {
      res.writeHead(404).end();
      return;
    }
    if (state.validators) {
      if (req.headers['if-none-match'] === doc.etag) {
        state.notModified++;
        res.writeHead(304, { ETag: doc.etag }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/xml; charset=utf-8', ETag: doc.etag, 'Content-Length': doc.body.length });
    } else {
      res.writeHead(200, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': doc.body.length });
    }
    res.end(doc.body);
  });
  return new Promise<{ url: string; state: typeof state; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        state,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/**
 * Run the CLI as a child; peak RSS from /proc VmHWM and CPU time (all threads, user + system)
 * from /proc stat, sampled until it exits.
 */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null; peakKb: number; cpuS: number; stderr: string }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    let cpuS = 0;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second).
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuS = Math.max(cpuS, (Number(f[11]) + Number(f[12])) / 100);
      } catch {
        /* process already gone */
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t, code, peakKb, cpuS, stderr });
    });
  });
}

/**
 * Extraction throughput, measured in a child process of its own (src/bench/extraction.ts) so the
 * 170 MiB corpus and the scans' garbage in this process do not weigh on its heap.
 */
function extractionThroughput(): Promise<{ cold: number; steady: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'bench', 'extraction.js'), String(ITEMS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { cold: number; steady: number }) : reject(new Error(`extraction bench exited ${code}`))));
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  log(`bench: ${FEEDS} feeds × ${ITEMS} items (RSS and Atom mixed), on ${os.availableParallelism()} cores, node ${process.version}`);
  const docs: Doc[] = [];
  let bytes = 0;
  for (let i = 0; i < FEEDS; i++) {
    const body = Buffer.from(feedDoc(i, ITEMS));
    bytes += body.length;
    docs.push({ body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
  }
  log(`corpus: ${(bytes / 1048576).toFixed(1)} MiB, mean ${(bytes / FEEDS / 1024).toFixed(0)} KiB per feed`);

  const a = await parseBaseline(docs);
  const aRate = a.items / (a.ms / 1000);
  log(`(a) rss-parser bare parse: ${a.items} items in ${(a.ms / 1000).toFixed(2)} s`);

  const srv = await serve(docs);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-bench-'));
  const db = path.join(tmp, 'bench.db');
  const env = { ...process.env, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp, SIGNALS_RULES: '', NO_COLOR: '1' };
  const { openDb } = await import('../store/db.js');
  const { addFeed } = await import('../store/feeds.js');
  const handle = openDb(db);
  handle.transaction(() => {
    for (let i = 0; i < FEEDS; i++) addFeed(handle, { url: `${srv.url}/feed/${i}`, name: null, kind: i % 3 === 0 ? 'jobs' : 'funding' });
  })();
  handle.close();

  const scanArgs = ['--db', db, 'scan', '--concurrency', '8'];
  const b = await runCli(scanArgs, env);
  if (b.code !== 0) throw new Error(`first scan failed (exit ${b.code}): ${b.stderr}`);
  const check = openDb(db);
  const stored = check.prepare('SELECT count(*) FROM items').pluck().get() as number;
  const events = check.prepare('SELECT count(*) FROM events').pluck().get() as number;
  check.close();
  const bRate = stored / (b.ms / 1000);
  log(`(b) first scan: ${stored} items, ${events} events stored in ${(b.ms / 1000).toFixed(2)} s, using ${b.cpuS.toFixed(1)} s of CPU (all threads)`);
  // The work a first scan must do (fetch, parse, extract, store, merge) costs this many times
  // the CPU of (a); on this many cores that bounds the ratio however well it is spread.
  const cores = os.availableParallelism();
  log(`    CPU per item: scan ${((b.cpuS * 1e6) / stored).toFixed(0)} µs vs rss-parser ${((a.ms * 1e3) / a.items).toFixed(0)} µs; on ${cores} cores the ratio b/a cannot exceed about ${((cores * a.ms) / 1000 / b.cpuS).toFixed(2)}`);

  srv.state.notModified = 0;
  const c = await runCli(scanArgs, env);
  log(`(c) rescan with validators: ${(c.ms / 1000).toFixed(2)} s, ${srv.state.notModified}/${FEEDS} answered 304`);

  srv.state.validators = false;
  const d = await runCli(scanArgs, env);
  log(`(d) rescan without validators (body hash): ${(d.ms / 1000).toFixed(2)} s`);
  await srv.close();

  const x = await extractionThroughput();
  const xRate = x.steady;

  const helps: number[] = [];
  for (let i = 0; i < 7; i++) helps.push((await runCli(['--help'], env)).ms);
  const help = median(helps);
  fs.rmSync(tmp, { recursive: true, force: true });

  const peakMb = Math.max(b.peakKb, c.peakKb, d.peakKb) / 1024;
  log(`(e) peak RSS: first scan ${(b.peakKb / 1024).toFixed(0)} MB, rescan ${(c.peakKb / 1024).toFixed(0)} MB, rescan without validators ${(d.peakKb / 1024).toFixed(0)} MB`);
  const ratio = bRate / aRate;
  const rows: Array<[string, string, string, boolean]> = [
    ['(a) rss-parser bare parse', `${Math.round(aRate).toLocaleString('en-US')} items/s`, 'baseline', true],
    ['(b) first full scan', `${Math.round(bRate).toLocaleString('en-US')} items/s`, `ratio b/a ${ratio.toFixed(2)} (target ≥ 1.00)`, ratio >= 1],
    ['(c) rescan, all 304', `${(c.ms / 1000).toFixed(2)} s`, 'target < 2 s', c.ms < 2000],
    ['(d) rescan, no validators', `${(d.ms / 1000).toFixed(2)} s`, 'body-hash skip', true],
    ['(e) peak RSS of scans', `${peakMb.toFixed(0)} MB`, 'target < 300 MB', peakMb < 300],
    ['extraction, 1 thread', `${Math.round(xRate).toLocaleString('en-US')} items/s`, `target > 20,000/s (cold first pass ${Math.round(x.cold).toLocaleString('en-US')}/s)`, xRate > 20000],
    ['signals --help', `${help.toFixed(0)} ms`, 'target < 150 ms', help < 150],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\n${'measure'.padEnd(w)}  ${'result'.padEnd(22)}  target\n`);
  for (const [name, val, target, ok] of rows) process.stdout.write(`${name.padEnd(w)}  ${val.padEnd(22)}  ${target} ${ok ? 'ok' : 'MISSED'}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exit(1);
});

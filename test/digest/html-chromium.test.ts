import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDigest } from '../../src/digest/build.js';
import { renderHtml } from '../../src/digest/html.js';
import { PROSPECTS, EVENTS, NOW, SINCE } from './sample.js';

// The mail body is checked the way a reader sees it: rendered by a real browser
// engine, offline (no network flags), then read back from the live DOM.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`NOTE: ${CHROMIUM} not found, skipping the headless-Chromium render of the HTML digest (apt-get install chromium)`);

function chromium(args: string[], userDataDir: string) {
  return spawnSync(
    CHROMIUM,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${userDataDir}`, ...args,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
  );
}

describe.skipIf(!haveChromium)('html digest rendered in headless Chromium', () => {
  let dir: string;
  let page: string;
  let dom: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-html-'));
    page = path.join(dir, 'digest.html');
    fs.writeFileSync(page, renderHtml(buildDigest({ prospects: PROSPECTS, events: EVENTS, since: SINCE, now: NOW })));
    const r = chromium(['--dump-dom', pathToFileURL(page).href], path.join(dir, 'profile-dom'));
    if (r.status !== 0) throw new Error(`chromium --dump-dom failed (${r.status}): ${r.stderr.slice(0, 500)}`);
    dom = r.stdout;
  }, 120_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has one row per new or risen prospect, best first, with trigger and warm path', () => {
    // Each prospect row runs to the next one (its score badge is a nested table).
    const rows = dom.split('<tr data-prospect="').slice(1).map((seg) => [seg, seg.slice(0, seg.indexOf('"')), seg] as const);
    expect(rows.map((m) => m[1])).toEqual(['northwind-analytics/dana-lee', 'kestrel-security/marcus-chen', 'evil']);
    expect(rows[0]![2]).toContain('Northwind Analytics');
    expect(rows[0]![2]).toContain('raised $28M Series B led by Index Ventures');
    expect(rows[0]![2]).toContain('Warm path: via Dana Lee, 1st');
    expect(rows[1]![2]).toContain('up from 64');
  });

  it('has the event groups with their source links', () => {
    expect(dom).toMatch(/Funding \(2\)[\s\S]*Job changes \(1\)[\s\S]*Acquisitions \(1\)/);
    expect(dom).toContain('href="https://techblog.example.com/2026/11/northwind"');
  });

  it('never turned feed text into markup: no script element, the hostile name is text', () => {
    expect(dom).not.toMatch(/<script/i);
    expect(dom).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dom).not.toContain('href="javascript:');
  });

  it('renders to a screenshot', () => {
    const png = path.join(dir, 'digest.png');
    const r = chromium([`--screenshot=${png}`, '--window-size=800,1200', '--hide-scrollbars', pathToFileURL(page).href], path.join(dir, 'profile-shot'));
    expect(r.status, r.stderr.slice(0, 500)).toBe(0);
    const bytes = fs.readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(10_000); // a blank page compresses to far less
    if (process.env.SIGNALS_KEEP_SCREENSHOT) fs.copyFileSync(png, process.env.SIGNALS_KEEP_SCREENSHOT);
  }, 120_000);
});

import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, ensureBuilt, runP, scratch } from '../helpers/cli.js';

// Ingest as a rep would: every real captured feed in ../shared/realworld added as a
// local source and scanned. Each must give items or one clear line naming it.
const REALWORLD = path.resolve(ROOT, '..', 'shared', 'realworld', 'feeds');
const present = fs.existsSync(REALWORLD);
if (!present) console.warn(`NOTE: ${REALWORLD} is absent — skipping the real-world scan test (it needs the shared folder beside the project)`);

function feedFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'expected-output' ? [] : feedFiles(p);
    if (/expected/i.test(d.name) || /\.(md|txt)$/i.test(d.name)) return [];
    return [p];
  });
}

describe.skipIf(!present)('scanning every real-world capture', () => {
  it('stores items from the readable ones and reports each unreadable one in one line', async () => {
    ensureBuilt();
    const s = scratch();
    const files = feedFiles(REALWORLD);
    const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const opml = path.join(s.dir, 'realworld.opml');
    fs.writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><body>${files.map((f) => `<outline text="${esc(path.relative(REALWORLD, f))}" xmlUrl="${esc(f)}"/>`).join('')}</body></opml>`,
    );
    const imp = await runP(['--db', s.db, 'feeds', 'import', opml], s.env);
    expect(imp.code, imp.stderr).toBe(0);
    const r = await runP(['--db', s.db, 'scan'], s.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/); // no stack traces
    const list = JSON.parse((await runP(['--db', s.db, 'feeds', 'list', '--json'], s.env)).stdout) as Array<{ name: string; items: number; last_error: string | null }>;
    expect(list).toHaveLength(files.length);
    const failed = list.filter((f) => f.last_error);
    for (const f of failed) {
      expect(f.last_error!.length).toBeGreaterThan(5);
      expect(f.last_error).not.toContain('\n');
      // the scan summary names the feed and its problem
      expect(r.stderr).toContain(`${f.name}: ${f.last_error}`);
    }
    const ok = list.filter((f) => !f.last_error);
    expect(ok.length / list.length).toBeGreaterThan(0.9);
    expect(ok.filter((f) => f.items > 0).length).toBeGreaterThan(ok.length * 0.9);
    console.log(`real-world scan: ${ok.length}/${list.length} feeds stored ${ok.reduce((n, f) => n + f.items, 0)} items; ${failed.length} reported: ${failed.map((f) => f.name).join(', ')}`);
    s.cleanup();
  });
});

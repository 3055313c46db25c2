import { it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseFeed } from '../../src/parse/feed.js';
import { decodeBody } from '../../src/fetch/charset.js';
const ROOT = '/work/shared/realworld/feeds';
function walk(d: string): string[] { return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? (e.name === 'expected-output' ? [] : walk(path.join(d, e.name))) : [path.join(d, e.name)]); }
it('scratch', async () => {
  for (const f of walk(ROOT).filter((f) => !/expected|SOURCES/.test(f)).sort()) {
    let b = fs.readFileSync(f); if (b[0] === 0x1f && b[1] === 0x8b) b = zlib.gunzipSync(b);
    try {
      const r = await parseFeed(decodeBody(b, null), 'https://feeds.example.org/x/feed.xml');
      const n = r.items.length;
      const c = (k: keyof typeof r.items[0]) => r.items.filter((i) => i[k] !== null).length;
      const i0 = r.items[0];
      console.log(`${path.relative(ROOT, f)} ${r.format} n=${n} guid=${c('guid')} link=${c('link')} title=${c('title')} sum=${c('summary')} cont=${c('content')} auth=${c('author')} pub=${c('published')} | ${r.title} | ${r.link}\n    ${JSON.stringify(i0 ? { ...i0, summary: i0.summary?.slice(0, 60), content: i0.content?.slice(0, 60) } : null)}`);
    } catch (e) { console.log(path.relative(ROOT, f), 'ERR', (e as Error).message); }
  }
});

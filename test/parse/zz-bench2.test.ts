import { it } from 'vitest';
import Parser from 'rss-parser';
import { parseFeed } from '../../src/parse/feed.js';
import fs from 'node:fs';
const src = fs.readFileSync('test/parse/zz-bench.test.ts', 'utf8');
function rss(i: number) {
  const items = Array.from({ length: 50 }, (_, j) => `<item><title>Northwind Analytics raises $${j}M Series B &amp; more</title><link>https://news.example.com/${i}/${j}</link><guid isPermaLink="false">g-${i}-${j}</guid><pubDate>Mon, 16 Nov 2026 09:${String(j % 60).padStart(2, '0')}:00 GMT</pubDate><dc:creator>Dana Lee</dc:creator><description><![CDATA[<p>Northwind Analytics, the SaaS analytics company, today announced a $28M Series B led by Index Ventures with participation from Amplify Partners. The round brings total funding to $41M.</p>]]></description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire ${i}</title><link>https://news.example.com/</link><description>d</description>${items}</channel></rss>`;
}
it('bench2', async () => {
  const docs = Array.from({ length: 400 }, (_, i) => rss(i));
  const bare = new Parser();
  const custom = new Parser({ defaultRSS: 2, customFields: { item: [['link', 'links', { keepArray: true }], ['guid', 'guidNode', { keepArray: true }], ['title', 'titleNode', { keepArray: true }], ['$', 'attrs', { keepArray: true }], ['dc:creator', 'dcCreator'], ['dc:date', 'dcDate'], ['itunes:author', 'itunesAuthor'], 'published', 'updated', 'issued', 'modified', 'created'] } } as never);
  for (let round = 0; round < 4; round++) {
    let t = performance.now();
    for (const d of docs) await bare.parseString(d);
    const a = performance.now() - t;
    t = performance.now();
    for (const d of docs) await custom.parseString(d);
    const c = performance.now() - t;
    t = performance.now();
    for (const d of docs) await parseFeed(d, 'https://news.example.com/feed');
    const b = performance.now() - t;
    console.log(`bare ${a.toFixed(0)} custom ${c.toFixed(0)} ours ${b.toFixed(0)}`);
  }
}, 120000);

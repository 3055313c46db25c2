import { it } from 'vitest';
import Parser from 'rss-parser';
import { parseFeed } from '../../src/parse/feed.js';
function rss(i: number) {
  const items = Array.from({ length: 50 }, (_, j) => `<item><title>Northwind Analytics raises $${j}M Series B &amp; more</title><link>https://news.example.com/${i}/${j}</link><guid isPermaLink="false">g-${i}-${j}</guid><pubDate>Mon, 16 Nov 2026 09:${String(j % 60).padStart(2, '0')}:00 GMT</pubDate><dc:creator>Dana Lee</dc:creator><description><![CDATA[<p>Northwind Analytics, the SaaS analytics company, today announced a $28M Series B led by Index Ventures with participation from Amplify Partners. The round brings total funding to $41M.</p>]]></description></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire ${i}</title><link>https://news.example.com/</link><description>d</description>${items}</channel></rss>`;
}
function atom(i: number) {
  const items = Array.from({ length: 50 }, (_, j) => `<entry><title>Kestrel Security names Marcus Chen VP of Sales ${j}</title><link rel="alternate" href="https://blog.example.com/${i}/${j}"/><id>tag:blog.example.com,2026:${i}-${j}</id><published>2026-11-16T09:00:00Z</published><updated>2026-11-16T09:00:00Z</updated><author><name>Jo</name></author><summary type="html">&lt;p&gt;Kestrel Security today named Marcus Chen, previously at Okta, as VP of Sales.&lt;/p&gt;</summary></entry>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog ${i}</title><link href="https://blog.example.com/"/><id>x</id><updated>2026-11-16T09:00:00Z</updated>${items}</feed>`;
}
it('bench', async () => {
  const docs = Array.from({ length: 400 }, (_, i) => (i % 2 ? atom(i) : rss(i)));
  const bare = new Parser();
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    for (const d of docs) await bare.parseString(d);
    const a = performance.now() - t;
    t = performance.now();
    for (const d of docs) await parseFeed(d, 'https://news.example.com/feed');
    const b = performance.now() - t;
    console.log(`bare ${a.toFixed(0)} ms, ours ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(3)}`);
  }
}, 120000);

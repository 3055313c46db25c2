import { it } from 'vitest';
import { toIsoDate, cleanTitle, resolveUrl, authorName, nonEmpty } from '../../src/parse/text.js';
it('micro', () => {
  const N = 20000;
  const d = Array.from({ length: N }, (_, j) => `Mon, 16 Nov 2026 09:${String(j % 60).padStart(2, '0')}:00 GMT`);
  const desc = '<p>Northwind Analytics, the SaaS analytics company, today announced a $28M Series B led by Index Ventures with participation from Amplify Partners. The round brings total funding to $41M.</p>';
  for (let r = 0; r < 3; r++) {
    let t = performance.now(); for (const x of d) toIsoDate(x); const a = performance.now() - t;
    t = performance.now(); for (const x of d) cleanTitle('Northwind Analytics raises $' + x.length + 'M Series B & more'); const b = performance.now() - t;
    t = performance.now(); for (const x of d) resolveUrl('https://news.example.com/1/' + x.length, 'https://x.com'); const c = performance.now() - t;
    t = performance.now(); for (const x of d) authorName('Dana Lee' + x.length); const e = performance.now() - t;
    t = performance.now(); for (const x of d) nonEmpty(desc + x.length); const f = performance.now() - t;
    console.log(`date ${a.toFixed(1)} title ${b.toFixed(1)} url ${c.toFixed(1)} author ${e.toFixed(1)} nonEmpty ${f.toFixed(1)}`);
  }
});

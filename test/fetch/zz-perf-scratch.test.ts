import { test } from 'vitest';
import pLimit from 'p-limit';
import { createAgent, fetchFeed } from '../../src/fetch/fetch-feed.js';
import { startFeedServer, staticFeed, rssDocument, DEMO_ITEMS } from '../helpers/feed-server.js';
test('perf', async () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ ...DEMO_ITEMS[i % 3]!, link: DEMO_ITEMS[i % 3]!.link + '/' + i, description: 'x'.repeat(800) }));
  const doc = rssDocument('Wire', items);
  const routes: Record<string, ReturnType<typeof staticFeed>> = {};
  for (let i = 0; i < 2000; i++) routes['/f/' + i] = staticFeed(doc.replace('Wire', 'Wire ' + i), { etag: `"e${i}"` });
  const s = await startFeedServer(routes);
  const agent = createAgent({ connections: 8 });
  const limit = pLimit(8);
  const states = Array.from({ length: 2000 }, (_, i) => ({ url: `${s.url}/f/${i}`, etag: null as string | null, lastModified: null, bodyHash: null as string | null }));
  for (const round of [1, 2]) {
    const t = performance.now();
    let bytes = 0;
    await Promise.all(states.map((st) => limit(async () => {
      const o = await fetchFeed(st, { dispatcher: agent });
      if (o.kind === 'ok') { bytes += o.text.length; st.etag = o.etag; st.bodyHash = o.bodyHash; }
      else if (o.kind === 'error') throw new Error(o.message);
    })));
    console.log(`round ${round}: ${(performance.now() - t).toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);
  }
  await agent.close(); await s.close();
}, 60000);
